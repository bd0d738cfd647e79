#pragma once

#include "models/geo/geopoint.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace sortie
{

/** What kind of event. */
enum class EventKind
{
  Summit,
  DelegationVisit,
  TreatySigning,
  Exercise,
  FlightReport,
  Other,
};

/** File spelling: "summit", "delegation-visit", "treaty-signing", "exercise", "flight-report", "other". */
QString eventKindName( EventKind kind );
/** What a person reads for @p kind, in the interface's language: "delegation visit". */
QString eventKindLabel( EventKind kind );
/** Inverse of eventKindName(); also accepts spaces or underscores for the hyphen. */
std::optional<EventKind> eventKindFromName( const QString &name );

/** How precisely an event's date is known. */
enum class DatePrecision
{
  Time,  //!< To the minute or better.
  Day,   //!< The day is known, not the time.
  Month, //!< Only the month is known ("early August 2023").
};

QString datePrecisionName( DatePrecision precision );
std::optional<DatePrecision> datePrecisionFromName( const QString &name );

/** A citation: where a claim comes from, kept with what it supports. */
struct SourceCitation
{
    QString outlet; //!< e.g. "NK News".
    QString title;  //!< Article title.
    QDate date;     //!< Publication date; may be null when unknown.
    QString url;
    QString supports; //!< What this source is cited for, e.g. "departure time 04:10 UTC".

    bool operator==( const SourceCitation &other ) const;
};

/** Where an event happened: a name, and a position or an airbase code when known. */
struct EventPlace
{
    QString name;
    std::optional<GeoPoint> position;
    QString airbaseIcao; //!< When the place is an airbase; its position comes from the airbase.
    bool operator==( const EventPlace &other ) const
    {
      return name == other.name && position == other.position && airbaseIcao == other.airbaseIcao;
    }
};

/**
 * A dated event. Times are UTC. With a day or month precision, `start` is the first
 * instant of that day or month and the event covers the whole of it (see interval()).
 */
struct Event
{
    QString id; //!< Stable identifier within a project, e.g. "2023-09-13-vostochny".
    QString title;
    QDateTime start;
    /**
     * Exclusive end; none for an instant or a single day or month. A file's inclusive
     * "until 2023-07-27" with day precision is stored as 2023-07-28T00:00Z.
     */
    std::optional<QDateTime> end;
    DatePrecision precision = DatePrecision::Time;
    EventKind kind = EventKind::Other;
    EventPlace place;
    QStringList actors;
    QString description;
    QVector<SourceCitation> sources;

    /**
     * The interval the event covers, [first, last): an instant's is empty, a day's is the
     * whole day, a month's the whole month, and an explicit end extends it.
     */
    std::pair<QDateTime, QDateTime> interval() const;

    /** Field by field: the same event (a merge keeps it once). */
    bool operator==( const Event &other ) const;
    bool operator!=( const Event &other ) const { return !( *this == other ); }
};

} // namespace sortie
