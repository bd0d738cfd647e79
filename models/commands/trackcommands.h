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
 * the aircraft (by any of its ids) is made to name the same flight by a remaining source's id
 * (the leg that overlaps it most), or loses that link when only this source saw the flight;
 * never moved to another flight. All in one undo step. Refused when there is no such imported track
 * or it is its aircraft's only source (remove the track then).
 */
std::unique_ptr<Command> makeRemoveSourceCommand( Workspace &workspace, const QString &sourceTrackId );

/** The ids of the correlations that name a flight of track @p trackId: what removing it unlinks. */
QStringList correlationsCitingTrack( const Workspace &workspace, const QString &trackId );

} // namespace sortie
