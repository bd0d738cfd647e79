#pragma once

#include "models/analysis/flightanalysis.h"

#include <vector>

namespace sortie
{

/**
 * The gap between positions @p before and before + 1 of @p track, classified from what the
 * data shows around it (issue 14, "honest gaps"):
 *
 * - on the ground at both ends: GapKind::OnGround;
 * - an approach before it (below settings.approachAltitudeMetres and descending, or below
 *   settings.lowAltitudeMetres) that could have landed in the time (the distance at the
 *   speed flown leaves at least settings.minimumGroundStopMs), and a climb-out after it near
 *   the same place, or an approach or climb-out at low altitude on its own:
 *   GapKind::GroundStopInferred, at the nearest field within settings.approachRadiusMetres;
 * - airborne at both ends with no time to have landed: GapKind::InFlight, the only kind
 *   claimed as flown dark;
 * - anything else: GapKind::Unknown.
 *
 * Gap::reason says why, with the figures that decided it. @p ground is groundStates().
 */
/** A stable key for @p kind, for files and `sortie info --json`: "in_flight", "on_ground", ... */
QString gapKindKey( GapKind kind );

/** @p kind for a person: "gap in flight", "ground stop inferred", ... */
QString gapKindLabel( GapKind kind );

Gap classifyGap( const Track &track, int before, const std::vector<bool> &ground,
                 const AirbaseIndex &airbases, const FlightAnalysisSettings &settings );

} // namespace sortie
