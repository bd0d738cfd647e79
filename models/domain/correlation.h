#pragma once

#include "models/domain/event.h"
#include "models/domain/legkey.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace sortie
{

/** How the flights relate to the events, in the analyst's judgement. */
enum class Relation
{
  Follows,              //!< The flight came after the event.
  Precedes,             //!< The flight came before the event.
  CoincidesWith,        //!< At the same time.
  CarriesDelegationFor, //!< The flight carried the delegation of the event.
  Other,                //!< Free text (Correlation::relationText).
};

/** File spelling: "follows", "precedes", "coincides-with", "carries-delegation-for", "other". */
QString relationName( Relation relation );
std::optional<Relation> relationFromName( const QString &name );
/** For people: "follows", "carries the delegation for", ... */
QString relationText( Relation relation );

/** How sure the analyst is. */
enum class Confidence
{
  Low,
  Moderate,
  High,
};

/** File spelling: "low", "moderate", "high". */
QString confidenceName( Confidence confidence );
std::optional<Confidence> confidenceFromName( const QString &name );
/** For people, in the interface's language: "low", "낮음", "низкая". */
QString confidenceText( Confidence confidence );

/**
 * A flight in a correlation: a track by its id (Track::id), and one of its legs by the
 * time it took off (legs are found again by analysis, and their numbers change when
 * airbases arrive; the take-off time does not). No leg: the whole track.
 */
struct FlightRef
{
    QString trackId;
    std::optional<qint64> legStartMs;

    static FlightRef wholeTrack( const QString &trackId ) { return FlightRef{ trackId, std::nullopt }; }
    static FlightRef leg( const LegKey &key ) { return FlightRef{ key.trackId, key.takeoffMs }; }
    bool isValid() const { return !trackId.isEmpty(); }
    bool operator==( const FlightRef &other ) const
    {
      return trackId == other.trackId && legStartMs == other.legStartMs;
    }
};

/**
 * The analyst's judgement that flights and events belong together: never made by the
 * software. The facts that support it (hours between, on the ground during) are not
 * stored: they are computed from the data whenever shown (correlationfacts.h).
 */
struct Correlation
{
    QString id;
    QVector<FlightRef> flights;
    QStringList eventIds;
    Relation relation = Relation::Follows;
    QString relationText; //!< For Relation::Other.
    QString note;
    Confidence confidence = Confidence::Moderate;
    QString likelihood; //!< Optional phrase, e.g. "likely", "almost certainly".
    QVector<SourceCitation> sources;
    QString author;
    QDateTime createdUtc;
    QDateTime modifiedUtc;
    bool example = false; //!< Shipped with the sample to show the way, not a finding.

    /** Field by field, times included: the same judgement (a merge keeps it once). */
    bool operator==( const Correlation &other ) const;
    bool operator!=( const Correlation &other ) const { return !( *this == other ); }
};

} // namespace sortie
