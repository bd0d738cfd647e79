#pragma once

#include "models/commands/undostack.h"

#include <QStringList>

#include <memory>

namespace sortie
{

class Workspace;

/**
 * Remove the track with @p trackId (Track::id) and its analysis, and take its flights out of
 * every correlation that names them, in one undo step. The command owns the track while it
 * is removed; undo puts it back where it was, with the links. Refused by UndoStack::push()
 * when there is no such track.
 */
std::unique_ptr<Command> makeRemoveTrackCommand( Workspace &workspace, const QString &trackId );

/**
 * Remove the imported track @p sourceTrackId alone: one source of an aircraft seen by several
 * (Workspace::sourceTrackIds()), the others staying as the aircraft. A correlation that names
 * a flight by this source's own id is made to name it by another of the aircraft's sources,
 * so that its link stays; all in one undo step. Refused when there is no such imported track
 * or it is its aircraft's only source (remove the track then).
 */
std::unique_ptr<Command> makeRemoveSourceCommand( Workspace &workspace, const QString &sourceTrackId );

/** The ids of the correlations that name a flight of track @p trackId: what removing it unlinks. */
QStringList correlationsCitingTrack( const Workspace &workspace, const QString &trackId );

} // namespace sortie
