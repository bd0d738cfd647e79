#pragma once

#include "models/commands/undostack.h"
#include "models/domain/correlation.h"

#include <memory>

namespace sortie
{

class Workspace;

/** Add @p correlation (a new id when it has none; created and modified times set now). */
std::unique_ptr<Command> makeAddCorrelationCommand( Workspace &workspace, Correlation correlation );
/** Replace the correlation with @p correlation's id (modified time set now). */
std::unique_ptr<Command> makeEditCorrelationCommand( Workspace &workspace, Correlation correlation );
/** Remove the correlation with @p id. */
std::unique_ptr<Command> makeDeleteCorrelationCommand( Workspace &workspace, const QString &id );
/** Dismiss the suggestion with @p key (undo brings it back). */
std::unique_ptr<Command> makeDismissSuggestionCommand( Workspace &workspace, const QString &key );

} // namespace sortie
