#pragma once

#include "models/domain/airbase.h"
#include "models/domain/track.h"

#include <QPair>
#include <QVector>

#include <cstdint>

namespace sortie
{

/** Thresholds of the flight analysis. Units: metres, seconds. */
struct FlightAnalysisSettings
{
    std::int64_t gapThresholdMs = 10 * 60 * 1000; //!< Longer without a position is a gap.
    double airbaseRadiusMetres = 15000.0;         //!< A leg end this close to an airbase is at it.
    double openGapSearchMetres = 400000.0;        //!< "Left tracking data near X": X within this.
    float groundSpeedMps = 30.0f;       //!< Slower than this (58 kt) without a ground flag: on the ground.
    float groundAltitudeMetres = 30.0f; //!< At or below this with no ground flag: on the ground.
    float lowAltitudeMetres = 1500.0f;  //!< A track starting or ending below this is near a field.
    std::int64_t minimumLegMs = 2 * 60 * 1000; //!< Shorter airborne runs are noise, not flights.
    // Classifying gaps (Gap::kind): what a landing and a take-off inside a gap would need.
    float approachAltitudeMetres = 4570.0f; //!< Below this (15,000 ft), descending near a field: approach.
    double approachRadiusMetres = 60000.0;  //!< An approach or climb-out this close to a field is to it.
    std::int64_t minimumGroundStopMs = 10 * 60 * 1000; //!< The least a landing and take-off take.
    float fallbackSpeedMps = 300.0f; //!< Cruise speed assumed when no speed is known (583 kt).
};

/** Take-off to landing. Point indices refer to the analysed track. */
struct Leg
{
    int firstPoint = 0;
    int lastPoint = 0;
    std::int64_t startMs = 0; //!< First airborne position (take-off, or where the data starts).
    std::int64_t endMs = 0;   //!< Last airborne position (landing, or where the data ends).
    int fromAirbase = -1;     //!< Index into the AirbaseIndex, -1 when unknown.
    int toAirbase = -1;
    bool takeoffObserved = false; //!< Seen on the ground before: the start is a real take-off.
    bool landingObserved = false; //!< Seen on the ground after: the end is a real landing.
    bool takeoffInferred = false; //!< Not seen: a gap before it is an inferred ground stop.
    bool landingInferred = false; //!< Not seen: a gap after it is an inferred ground stop.
    double distanceMetres = 0.0;  //!< Great circle, first to last position.

    std::int64_t durationMs() const { return endMs - startMs; }
};

/** What a gap is, from what the data shows around it (classifyGap()). */
enum class GapKind
{
  InFlight,           //!< Airborne at both ends, and no time to have landed: dark, or out of coverage.
  OnGround,           //!< On the ground at both ends.
  GroundStopInferred, //!< An approach before it (or a climb-out after): it landed and took off unseen.
  Unknown,            //!< Anything else: it may have landed; the data cannot say.
};

/** An interval with no positions. */
struct Gap
{
    int pointBefore = 0; //!< Last position before the gap.
    int pointAfter = -1; //!< First position after it; -1 for an open gap.
    std::int64_t startMs = 0;
    std::int64_t endMs = 0; //!< Equal to startMs for an open gap.
    GapKind kind = GapKind::Unknown;
    bool inFlight = false;   //!< kind is InFlight, or the gap is open: claimed dark in flight.
    bool open = false;       //!< The track ends here in flight: "left tracking data near ...".
    QString reason;          //!< Why it was classified so, for a person (tooltips, details, info).
    int airbase = -1;        //!< GroundStopInferred: the field it landed at, when one is known.
    int nearestAirbase = -1; //!< For an open gap: the airbase nearest the last position, if close.
    double nearestAirbaseMetres = 0.0;

    std::int64_t durationMs() const { return endMs - startMs; }
};

/** Time on the ground at one place between two legs. */
struct GroundStop
{
    int legBefore = 0;
    int legAfter = 0;
    std::int64_t startMs = 0; //!< Landing.
    std::int64_t endMs = 0;   //!< Next take-off.
    int airbase = -1;
    bool inferred = false; //!< Landing and take-off not seen: a gap classified GroundStopInferred.

    std::int64_t durationMs() const { return endMs - startMs; }
};

/**
 * What one source (one imported track) of an aircraft covered (issue 14, "one aircraft, all
 * its sources"): shown in the timeline lane and the flight details.
 */
struct SourceCoverage
{
    QString trackId;       //!< The source track (Track::id).
    QString format;        //!< TrackSource::format, e.g. "readsb trace".
    QString fileName;      //!< TrackSource::fileName.
    int positions = 0;     //!< The source's positions.
    int positionsUsed = 0; //!< Those in the aircraft's track; the rest fell where a denser source had data.
    /** When it had data: runs of positions no further apart than the gap threshold, in time order
     * (a lone position is a run of its own, start == end). UTC ms. */
    QVector<QPair<std::int64_t, std::int64_t>> spans;

    /** "readsb trace (2024-07-09.trace.json)": the source for a person. */
    QString label() const;
};

/** What an analyst reasons about, derived from a track's positions. */
struct FlightAnalysis
{
    QVector<Leg> legs;
    QVector<Gap> gaps;
    QVector<GroundStop> groundStops;
    /** Every source the analysed track was made of (one for a track as imported); filled by
     * the workspace (fuseTracks()), empty from analyseFlights() alone. */
    QVector<SourceCoverage> sources;
};

/**
 * Split @p track into legs, gaps and ground stops, naming leg ends after the nearest
 * airbase in @p airbases.
 *
 * On the ground is what the source says where it says it (readsb, OpenSky); otherwise a
 * position at or below `groundAltitudeMetres`, or slower than `groundSpeedMps` (the
 * reported speed, else the speed implied by the neighbouring positions). Airborne runs
 * shorter than `minimumLegMs` and single ground positions inside a flight are treated
 * as noise. @p track must be sorted by time.
 */
FlightAnalysis analyseFlights( const Track &track, const AirbaseIndex &airbases,
                               const FlightAnalysisSettings &settings = FlightAnalysisSettings() );

/**
 * The positions of @p leg as the pieces to draw: from the last ground fix before take-off
 * (when observed) to the first after landing, split wherever fixes are more than
 * @p gapThresholdMs apart (a gap is drawn on its own, never as part of the leg).
 */
QVector<QVector<GeoPoint>> legPieces( const Track &track, const Leg &leg, std::int64_t gapThresholdMs );

/** Whether each position of @p track counts as on the ground (the first step of analyseFlights). */
std::vector<bool> groundStates( const Track &track, const FlightAnalysisSettings &settings );

} // namespace sortie
