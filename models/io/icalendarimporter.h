#pragma once

#include "models/io/importer.h"

namespace sortie
{

/**
 * Events from iCalendar (RFC 5545) files: each VEVENT's DTSTART and DTEND (a date gives
 * day precision; a date-time in UTC, with a TZID, or floating, taken as UTC), SUMMARY,
 * LOCATION, GEO, DESCRIPTION, URL (kept as the event's source) and UID. Folded lines
 * are unfolded and text escapes undone.
 *
 * Why by hand: the models layer links only Qt Core and GDAL, and these few properties
 * of a line-based format do not justify a dependency on libical.
 */
class ICalendarImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "iCalendar" ); }
    QStringList suffixes() const override { return { QStringLiteral( "ics" ) }; }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

} // namespace sortie
