#pragma once

#include "models/analysis/flightanalysis.h"
#include "models/domain/track.h"

#include <cstdint>
#include <vector>

namespace sortie
{

/**
 * The tracks of @p tracks that are one aircraft: those sharing an ICAO address or a
 * registration (compared without case, spaces or dashes: "RA-86559" is "ra86559"), joined
 * through either (an address-only OpenSky track and a registration-only FR24 track of the
 * same airframe meet once a database gives the first its registration), or sharing a
 * callsign and the same place at the same times (an FR24 CSV export names neither address
 * nor registration; two aircraft are never in one place at once). Never two ICAO addresses
 * in one group, nor, through a callsign, two registrations; placeholder registrations ("-",
 * "N/A") join nothing, nor does a callsign flown by more than six tracks at once. Each group holds
 * indices into @p tracks in their order; groups in the order of their first track. A track
 * with neither is a group of its own: an unidentified "IL62" is not known to be another.
 */
std::vector<std::vector<int>> groupTracksByAircraft( const std::vector<Track> &tracks );

/**
 * The id of the track that stands for several sources of one aircraft: "aircraft-" and the
 * ICAO address, else "aircraft-reg-" and the registration as grouped (upper case, no dashes).
 * Stable while the aircraft is known by the same address (a correlation to one of its legs
 * survives saving, reopening and another source arriving). Empty for an unidentified one.
 */
QString aircraftTrackId( const AircraftIdentity &identity );

/**
 * The ids a link may name track @p track's aircraft by, besides the track's own: "aircraft-"
 * and its id (an aircraft known by callsign and place alone), and the aircraftTrackId()
 * forms of its address and of its registration. A link made while the aircraft had one id
 * still finds it when another source changes that id (Workspace::trackIndex()).
 */
QStringList aircraftAliases( const Track &track );

/** When @p track has data: runs of positions at most @p gapThresholdMs apart (SourceCoverage::spans). */
QVector<QPair<std::int64_t, std::int64_t>> coverageSpans( const Track &track, std::int64_t gapThresholdMs );

/** @p track as the one source of itself (SourceCoverage with every position used). */
SourceCoverage sourceCoverage( const Track &track, std::int64_t gapThresholdMs );

/** One aircraft's track from several sources (fuseTracks()). */
struct FusedTrack
{
    Track track;
    QVector<SourceCoverage> sources; //!< One per source, in the order given.
};

/**
 * One track from @p sources, several exports of one aircraft (groupTracksByAircraft()), so
 * that a gap is only where no source has data and a flight seen by two feeds is drawn once.
 *
 * Where sources overlap in time, the positions of the densest one (most positions per second
 * of coverage) are kept and the others' dropped, rather than interleaved: two feeds' fixes
 * of the same moment differ by their latency and rounding, and interleaving them draws a
 * zigzag. Outside the denser sources' coverage each source fills in what it has. The result
 * has the id aircraftTrackId() (else, for tracks joined by callsign and place alone,
 * "aircraft-" and the first source's id), the identity the sources say together (first source's
 * fields first; every callsign; military if any says so), and a TrackSource naming every
 * file and keeping every note ("reconstructed, not ADS-B data" must not be lost).
 */
FusedTrack fuseTracks( const std::vector<const Track *> &sources, std::int64_t gapThresholdMs );

/**
 * Give @p track, fused from @p sources, its id, identity and TrackSource as fuseTracks()
 * does: for a fused track kept while what its sources say of the aircraft changed (an
 * aircraft database arrived), without fusing the positions again.
 */
void describeFusedTrack( Track &track, const std::vector<const Track *> &sources );

/**
 * analyseFlights() of @p fused, with its sources (FlightAnalysis::sources) and each gap's
 * reason saying that no source had data there: what the workspace and `sortie info` show.
 */
FlightAnalysis analyseAircraft( const FusedTrack &fused, const AirbaseIndex &airbases );

} // namespace sortie
