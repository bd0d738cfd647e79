#pragma once

#include "models/commands/undostack.h"
#include "models/domain/annotation.h"

#include <memory>

namespace sortie
{

class Workspace;

/** Add @p annotation (a new id when it has none). */
std::unique_ptr<Command> makeAddAnnotationCommand( Workspace &workspace, Annotation annotation );
/** Replace the annotation with @p annotation's id: new text, points (a move) or window. */
std::unique_ptr<Command> makeEditAnnotationCommand( Workspace &workspace, Annotation annotation );
/** Remove the annotation with @p id. */
std::unique_ptr<Command> makeDeleteAnnotationCommand( Workspace &workspace, const QString &id );

} // namespace sortie
