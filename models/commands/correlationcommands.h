#pragma once

#include "models/commands/undostack.h"
#include "models/domain/correlation.h"

#include <functional>
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
/**
 * @p remove (a delete of an event or a track) with the links to what it removes taken out
 * of the correlations @p citing first, in one undo step: each correlation edited by
 * @p unlink. Undo gives back the removed item, then the links, so that a correlation never
 * names what is not there. @p remove alone when nothing cites it or it changes nothing.
 */
std::unique_ptr<Command> unlinkingFirst( Workspace &workspace, std::unique_ptr<Command> remove,
                                         const QStringList &citing,
                                         const std::function<void( Correlation & )> &unlink );
/** Dismiss the suggestion with @p key (undo brings it back). */
std::unique_ptr<Command> makeDismissSuggestionCommand( Workspace &workspace, const QString &key );

} // namespace sortie
