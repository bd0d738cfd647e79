#pragma once

#include "models/commands/undostack.h"
#include "models/domain/event.h"

#include <memory>

namespace sortie
{

class Workspace;

/** Add @p event to @p workspace (its id made unique if taken). */
std::unique_ptr<Command> makeAddEventCommand( Workspace &workspace, Event event );
/** Replace the event with @p event's id by @p event. */
std::unique_ptr<Command> makeEditEventCommand( Workspace &workspace, Event event );
/**
 * Remove the event with @p id, and unlink it from every correlation that cites it, in one undo
 * step (undo restores the event and the links). Refused by UndoStack::push() when there is no
 * such event.
 */
std::unique_ptr<Command> makeDeleteEventCommand( Workspace &workspace, const QString &id );

/** The ids of the correlations that cite event @p id: what deleting it unlinks. */
QStringList correlationsCitingEvent( const Workspace &workspace, const QString &id );

} // namespace sortie
