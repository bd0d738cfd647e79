#pragma once

#include "models/domain/track.h"

#include <QSet>
#include <QString>

namespace sortie
{

class AircraftDatabase;

/**
 * Which aircraft to keep from a big import (issue 14 point 6: a day of ADS-B Exchange trace
 * files, tens of thousands of aircraft). Empty: all. A track is kept when it is one of the
 * aircraft named (an ICAO address or a registration; any of them), of one of the types named
 * (when types are named), and military (when asked): the conditions of each kind together.
 * Where the file does not say a registration, type or military flag, the aircraft database
 * (when there is one) is asked.
 */
struct ImportFilter
{
    QSet<QString> icao24s;       //!< Lower case.
    QSet<QString> registrations; //!< Upper case.
    QSet<QString> types;         //!< ICAO type designators, upper case.
    bool militaryOnly = false;

    bool isEmpty() const
    {
      return icao24s.isEmpty() && registrations.isEmpty() && types.isEmpty() && !militaryOnly;
    }

    /**
     * Read what an analyst types: words separated by spaces or commas, each an ICAO address
     * (six hex digits), "reg:" and a registration, "type:" and a type designator, or
     * "military". Any other word with a digit or a dash is a registration. Empty
     * text: an empty filter. On a word it cannot read, @p error says which.
     */
    static ImportFilter parse( const QString &text, QString *error = nullptr );

    /** Whether to keep an aircraft of @p identity; @p database may be null. */
    bool accepts( const AircraftIdentity &identity, const AircraftDatabase *database ) const;

    /** The filter in the words parse() reads: for messages and for saving it. */
    QString text() const;
};

} // namespace sortie
