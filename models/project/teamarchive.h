#pragma once

// A team project's position archive (issue 16, part 2): positions that stay in the database,
// far more than a workstation holds (a year of a region's ADS-B is hundreds of millions), read
// by time window as the analyst scrubs, so that memory follows the window, not the archive.

#include "models/domain/track.h"

#include <QString>

#include <optional>
#include <vector>

namespace sortie::teamarchive
{

/** The archive's table in a team project's schema. */
constexpr const char *kArchive = "archive_positions";

/**
 * Make the archive table of team project @p schema (publish() does, empty) with its indexes:
 * by time (a window of every aircraft) and by aircraft and time (one aircraft's window).
 * Empty on success, else why.
 */
QString create( const QString &connection, const QString &schema );

/** What the archive holds: a number of positions (the planner's estimate) and their time span. */
struct Extent
{
    qint64 positions = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
};

/** The archive's extent; nullopt when it cannot be read, a zero count when it is empty. */
std::optional<Extent> extent( const QString &connection, const QString &schema );

/** A time window of the archive, one track per aircraft, in time order. */
struct Window
{
    qint64 fromMs = 0;
    qint64 toMs = 0; //!< The end asked for, or where a cut window stops (its first position left out).
    std::vector<Track> tracks;
    qint64 positions = 0;
    bool truncated = false; //!< More than the limit asked for: the window holds its first part, to toMs.
    QString error;          //!< Empty when read.
};

/**
 * The positions of [@p fromMs, @p toMs) of the archive of team project @p schema, at most
 * @p limit of them (a window so wide that it would not fit is cut, and says so). Runs on any
 * thread: it opens a connection of its own.
 */
Window read( const QString &connection, const QString &schema, qint64 fromMs, qint64 toMs, qint64 limit );

/**
 * Append the positions of @p tracks to the archive (COPY, one transaction): an importer's
 * tracks, by ICAO address and first callsign. A position the archive has (the same aircraft
 * at the same moment) is not added again; @p added, when given, says how many were. Empty on
 * success, else why.
 */
QString append( const QString &connection, const QString &schema, const std::vector<Track> &tracks,
                qint64 *added = nullptr );

} // namespace sortie::teamarchive
