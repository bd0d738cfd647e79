#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

#include <cstdint>
#include <optional>

namespace sortie::ical
{

/**
 * One STANDARD or DAYLIGHT part of an iCalendar VTIMEZONE (RFC 5545 3.6.5): from each of its
 * onsets on, local time is UTC + offsetTo. Onsets are DTSTART, the yearly RRULE's dates and
 * every RDATE, all in local time as it was before the onset (UTC + offsetFrom).
 */
struct ZoneRule
{
    int offsetFromSeconds = 0;
    int offsetToSeconds = 0;
    QDateTime start;          //!< DTSTART, local (no zone).
    QVector<QDateTime> dates; //!< RDATEs, local.
    // RRULE, FREQ=YEARLY only (what time-zone definitions use).
    bool yearly = false;
    int byMonth = 0;                //!< 1..12; 0: DTSTART's month.
    QVector<int> byMonthDays;       //!< Empty: any day.
    int byDayWeekday = 0;           //!< 1 (Monday) .. 7 (Sunday); 0: none.
    int byDayOrdinal = 0;           //!< 2SU: 2, -1SU: -1, 0: every such weekday (with byMonthDays).
    std::optional<QDateTime> until; //!< UTC.
};

/** A VTIMEZONE: its TZID, its parts, and the IANA zone it names (X-LIC-LOCATION), if any. */
struct ZoneDefinition
{
    QString tzid;
    QVector<ZoneRule> rules;
    QString location;

    /** The offset from UTC in force at @p utc, from the rules; nullopt when none applies yet. */
    std::optional<int> offsetAtUtc( const QDateTime &utc ) const;
    /** @p local (a wall-clock time in this zone) in UTC; invalid when the rules say nothing. */
    QDateTime toUtc( const QDateTime &local ) const;
};

/**
 * The fixed offset of an Outlook-style TZID such as "(GMT +01:00)", "(UTC-05:00) Eastern Time
 * (US & Canada)" or "GMT+0300", in seconds; nullopt for any other text.
 */
std::optional<int> offsetOfOutlookTzid( const QString &tzid );

/** Parse "+0100", "-0530", "+115544" (RFC 5545 UTC-OFFSET) to seconds. */
std::optional<int> parseUtcOffset( const QString &text );

/** Parse a local DATE-TIME "20140829T080000" (no zone); invalid when not one. */
QDateTime parseLocalDateTime( const QString &text );

/** Fill @p rule's yearly recurrence from an RRULE value; false when it is not one this reads. */
bool parseYearlyRule( const QString &rrule, ZoneRule &rule );

} // namespace sortie::ical
