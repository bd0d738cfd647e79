#pragma once

#include "models/analysis/flightanalysis.h"
#include "models/time/timerange.h"

#include <QString>
#include <QVector>

namespace sortie
{

/** One sample of a leg's profile. SI units: metres, metres per second. */
struct ProfileSample
{
    std::int64_t timeMs = 0;
    float altitudeMetres = TrackPoint::kUnknown;
    float groundSpeedMps = TrackPoint::kUnknown;
};

/** What the flight details panel shows of one leg. */
struct LegDetails
{
    QString aircraft;
    AircraftIdentity identity; //!< Who flew, with what an aircraft database filled in marked.
    QString from;              //!< ICAO code, or empty when unknown.
    QString to;
    bool takeoffObserved = false;
    bool landingObserved = false;
    bool takeoffInferred = false; //!< Not seen: after a ground stop inferred from an approach and a climb.
    bool landingInferred = false;
    TimeRange interval;
    double distanceMetres = 0;
    QVector<Gap> gaps; //!< Gaps within the leg (transponder off or coverage lost).
    struct Stop
    {
        QString airbase; //!< ICAO code, or empty when unknown.
        TimeRange interval;
        bool beforeLeg = false; //!< Before the take-off (else after the landing).
        bool inferred = false;  //!< Landing and take-off not seen (GroundStop::inferred).
    };
    QVector<Stop> groundStops;      //!< The ground stops just before and after it.
    QVector<ProfileSample> profile; //!< Altitude and speed over the leg.
    /** Which source covered which part of the leg (FlightAnalysis::sources): one for a track
     * as imported, several for an aircraft seen by several. */
    struct Source
    {
        QString label;           //!< SourceCoverage::label().
        QVector<TimeRange> runs; //!< Its runs of data within the leg (a lone position: a run of 0 ms).
    };
    QVector<Source> sources;
    QString note; //!< The track's note, e.g. "reconstructed from press reports; not ADS-B data".
};

/** The details of leg @p legIndex of @p track (analysed as @p analysis). */
LegDetails legDetails( const Track &track, const FlightAnalysis &analysis, int legIndex,
                       const AirbaseIndex &airbases );

/** The details as HTML: route, times in UTC, duration, distance, gaps, ground stops. */
QString legDetailsHtml( const LegDetails &details );

} // namespace sortie
