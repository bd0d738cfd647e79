#include "models/io/icalendarimporter.h"

#include "models/io/icaltimezone.h"
#include "models/io/importsupport.h"

#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QTimeZone>

#include <algorithm>

namespace sortie
{

using namespace importsupport;

int ICalendarImporter::sniff( const QByteArray &head ) const
{
  return head.left( 1024 ).trimmed().startsWith( "BEGIN:VCALENDAR" ) ? 100 : 0;
}

namespace
{
struct ContentLine
{
    qint64 line = 0;                   // where the (possibly folded) line starts
    QString name;                      // upper case, e.g. "DTSTART"
    QMap<QString, QString> parameters; // upper-case names, e.g. "TZID", "VALUE"
    QString value;
};

// RFC 5545 3.1: a line starting with a space or tab continues the previous one.
QVector<ContentLine> contentLines( const QString &text )
{
  QVector<ContentLine> lines;
  const QStringList physical = text.split( QLatin1Char( '\n' ) );
  QString current;
  qint64 currentStart = 0;
  auto flush = [&]()
  {
    if ( current.isEmpty() )
      return;
    ContentLine line;
    line.line = currentStart;
    // NAME;PARAM=VALUE;PARAM="VALUE":value (a colon inside a quoted parameter is not the separator)
    int colon = -1;
    bool quoted = false;
    for ( int i = 0; i < current.size(); ++i )
    {
      if ( current.at( i ) == QLatin1Char( '"' ) )
        quoted = !quoted;
      else if ( current.at( i ) == QLatin1Char( ':' ) && !quoted )
      {
        colon = i;
        break;
      }
    }
    if ( colon > 0 )
    {
      const QStringList head = current.left( colon ).split( QLatin1Char( ';' ) );
      line.name = head.first().trimmed().toUpper();
      for ( int p = 1; p < head.size(); ++p )
      {
        const int equals = head.at( p ).indexOf( QLatin1Char( '=' ) );
        if ( equals > 0 )
        {
          QString value = head.at( p ).mid( equals + 1 );
          if ( value.startsWith( QLatin1Char( '"' ) ) && value.endsWith( QLatin1Char( '"' ) ) &&
               value.size() >= 2 )
            value = value.mid( 1, value.size() - 2 );
          line.parameters.insert( head.at( p ).left( equals ).trimmed().toUpper(), value );
        }
      }
      line.value = current.mid( colon + 1 );
    }
    lines.append( line );
    current.clear();
  };
  for ( int i = 0; i < physical.size(); ++i )
  {
    QString text = physical.at( i );
    if ( text.endsWith( QLatin1Char( '\r' ) ) )
      text.chop( 1 );
    if ( ( text.startsWith( QLatin1Char( ' ' ) ) || text.startsWith( QLatin1Char( '\t' ) ) ) &&
         !current.isEmpty() )
    {
      current += text.mid( 1 );
      continue;
    }
    flush();
    current = text;
    currentStart = i + 1;
  }
  flush();
  return lines;
}

QString unescaped( const QString &text )
{
  QString out;
  out.reserve( text.size() );
  for ( int i = 0; i < text.size(); ++i )
  {
    if ( text.at( i ) == QLatin1Char( '\\' ) && i + 1 < text.size() )
    {
      const QChar next = text.at( ++i );
      out +=
          ( next == QLatin1Char( 'n' ) || next == QLatin1Char( 'N' ) ) ? QChar( QLatin1Char( '\n' ) ) : next;
      continue;
    }
    out += text.at( i );
  }
  return out;
}

using Zones = QHash<QString, ical::ZoneDefinition>;

// The VTIMEZONE definitions of a file, by TZID (RFC 5545 3.6.5): Thunderbird, tzurl.org and
// Outlook write their own, under names no time-zone database knows.
Zones readZones( const QVector<ContentLine> &lines )
{
  Zones zones;
  ical::ZoneDefinition zone;
  ical::ZoneRule rule;
  bool inZone = false, inRule = false;
  QString rrule;
  for ( const ContentLine &line : lines )
  {
    const QString value = line.value.trimmed();
    if ( line.name == QLatin1String( "BEGIN" ) )
    {
      if ( value.compare( QLatin1String( "VTIMEZONE" ), Qt::CaseInsensitive ) == 0 )
      {
        inZone = true;
        zone = ical::ZoneDefinition();
      }
      else if ( inZone && ( value.compare( QLatin1String( "STANDARD" ), Qt::CaseInsensitive ) == 0 ||
                            value.compare( QLatin1String( "DAYLIGHT" ), Qt::CaseInsensitive ) == 0 ) )
      {
        inRule = true;
        rule = ical::ZoneRule();
        rrule.clear();
      }
      continue;
    }
    if ( !inZone )
      continue;
    if ( line.name == QLatin1String( "END" ) )
    {
      if ( inRule )
      {
        inRule = false;
        if ( !rrule.isEmpty() )
          ical::parseYearlyRule( rrule, rule ); // after TZOFFSETFROM, which UNTIL needs
        if ( rule.start.isValid() )
          zone.rules.append( rule );
      }
      else if ( value.compare( QLatin1String( "VTIMEZONE" ), Qt::CaseInsensitive ) == 0 )
      {
        inZone = false;
        if ( !zone.tzid.isEmpty() )
          zones.insert( zone.tzid, zone );
      }
      continue;
    }
    if ( !inRule )
    {
      if ( line.name == QLatin1String( "TZID" ) )
        zone.tzid = value;
      else if ( line.name == QLatin1String( "X-LIC-LOCATION" ) )
        zone.location = value;
      continue;
    }
    if ( line.name == QLatin1String( "TZOFFSETFROM" ) )
      rule.offsetFromSeconds = ical::parseUtcOffset( value ).value_or( 0 );
    else if ( line.name == QLatin1String( "TZOFFSETTO" ) )
      rule.offsetToSeconds = ical::parseUtcOffset( value ).value_or( 0 );
    else if ( line.name == QLatin1String( "DTSTART" ) )
      rule.start = ical::parseLocalDateTime( value );
    else if ( line.name == QLatin1String( "RRULE" ) )
      rrule = value;
    else if ( line.name == QLatin1String( "RDATE" ) )
    {
      for ( const QString &date : value.split( QLatin1Char( ',' ), Qt::SkipEmptyParts ) )
      {
        const QDateTime local = ical::parseLocalDateTime( date );
        if ( local.isValid() )
          rule.dates.append( local );
      }
    }
  }
  return zones;
}

// The system's zone of that name. Qt 5.15 opens /usr/share/zoneinfo/<name> for any name it is
// given ("../../dev/..." included) and keeps every name it was ever asked for in a cache that
// lives as long as the process: a name taken from a file must first look like a zone file's
// path inside that folder and be one (or be one of Qt's UTC offset names), so a calendar
// reads no other file and cannot grow that cache without bound.
std::optional<QTimeZone> systemZone( const QString &name )
{
  if ( name.isEmpty() || name.size() > 64 )
    return std::nullopt;
  const QByteArray id = name.toLatin1();
  if ( !name.startsWith( QLatin1String( "UTC" ) ) || !QTimeZone::isTimeZoneIdAvailable( id ) )
  {
    for ( const QString &part : name.split( QLatin1Char( '/' ) ) )
    {
      const bool safe =
          std::all_of( part.begin(), part.end(),
                       []( QChar c )
                       {
                         return c.unicode() < 0x80 && ( c.isLetterOrNumber() || c == QLatin1Char( '_' ) ||
                                                        c == QLatin1Char( '-' ) || c == QLatin1Char( '+' ) ||
                                                        c == QLatin1Char( '.' ) );
                       } );
      if ( !safe || part.isEmpty() || part == QLatin1String( "." ) || part == QLatin1String( ".." ) )
        return std::nullopt;
    }
    // Where Qt looks for them (qtimezoneprivate_tz.cpp), in its order.
    if ( !QFileInfo( QStringLiteral( "/usr/share/zoneinfo/" ) + name ).isFile() &&
         !QFileInfo( QStringLiteral( "/usr/lib/zoneinfo/" ) + name ).isFile() )
      return std::nullopt;
  }
  const QTimeZone zone( id );
  return zone.isValid() ? std::optional<QTimeZone>( zone ) : std::nullopt;
}

// A TZID that is not defined in the file: an IANA name (also inside a Thunderbird path such as
// "/mozilla.org/20050126_1/Europe/Berlin"), a Windows name ("W. Europe Standard Time"), or an
// Outlook offset ("(GMT +01:00)").
std::optional<QTimeZone> knownZone( const QString &tzid )
{
  if ( const std::optional<QTimeZone> iana = systemZone( tzid ) )
    return iana;
  const QStringList path = tzid.split( QLatin1Char( '/' ), Qt::SkipEmptyParts );
  for ( int parts = 3; parts >= 2; --parts )
  {
    if ( path.size() >= parts )
    {
      if ( const std::optional<QTimeZone> tail =
               systemZone( path.mid( path.size() - parts ).join( QLatin1Char( '/' ) ) ) )
        return tail;
    }
  }
  const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId( tzid.toUtf8() );
  if ( !windows.isEmpty() )
    return QTimeZone( windows );
  if ( const std::optional<int> offset = ical::offsetOfOutlookTzid( tzid ) )
    return QTimeZone( *offset );
  return std::nullopt;
}

// DTSTART/DTEND value: 20230725 (date) or 20240709T041000Z / with TZID / floating.
QDateTime parseICalTime( const ContentLine &line, const Zones &zones, bool *isDate, QString *problem )
{
  const QString value = line.value.trimmed();
  if ( line.parameters.value( QStringLiteral( "VALUE" ) )
               .compare( QLatin1String( "DATE" ), Qt::CaseInsensitive ) == 0 ||
       value.size() == 8 )
  {
    const QDate date = QDate::fromString( value, QStringLiteral( "yyyyMMdd" ) );
    *isDate = true;
    return date.isValid() ? QDateTime( date, QTime( 0, 0 ), QTimeZone::utc() ) : QDateTime();
  }
  *isDate = false;
  const bool utc = value.endsWith( QLatin1Char( 'Z' ) );
  const QDateTime local =
      QDateTime::fromString( utc ? value.chopped( 1 ) : value, QStringLiteral( "yyyyMMdd'T'HHmmss" ) );
  if ( !local.isValid() )
    return QDateTime();
  if ( utc )
    return QDateTime( local.date(), local.time(), QTimeZone::utc() );
  const QString tzid = line.parameters.value( QStringLiteral( "TZID" ) );
  if ( !tzid.isEmpty() )
  {
    // The file's own definition first: it is what the calendar that wrote it meant.
    if ( const auto defined = zones.constFind( tzid ); defined != zones.constEnd() )
    {
      const QDateTime utcTime = defined->toUtc( local );
      if ( utcTime.isValid() )
        return utcTime;
      if ( const std::optional<QTimeZone> named = knownZone( defined->location ) )
        return QDateTime( local.date(), local.time(), *named ).toUTC();
    }
    if ( const std::optional<QTimeZone> zone = knownZone( tzid ) )
      return QDateTime( local.date(), local.time(), *zone ).toUTC();
    *problem = QObject::tr( "time zone '%1' unknown; time taken as UTC" ).arg( tzid );
  }
  else
    *problem = QObject::tr( "floating time (no zone); taken as UTC" );
  return QDateTime( local.date(), local.time(), QTimeZone::utc() );
}
} // namespace

ImportResult ICalendarImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  WarningSink warnings( source.displayName );
  bool inEvent = false;
  Event event;
  qint64 eventLine = 0;
  bool startIsDate = false;
  QString endText;
  ContentLine endLine;
  const QVector<ContentLine> lines = contentLines( QString::fromUtf8( source.content ) );
  const Zones zones = readZones( lines );
  for ( const ContentLine &line : lines )
  {
    if ( line.name == QLatin1String( "BEGIN" ) &&
         line.value.trimmed().compare( QLatin1String( "VEVENT" ), Qt::CaseInsensitive ) == 0 )
    {
      inEvent = true;
      event = Event();
      eventLine = line.line;
      startIsDate = false;
      endLine = ContentLine();
      continue;
    }
    if ( !inEvent )
      continue;
    if ( line.name == QLatin1String( "END" ) &&
         line.value.trimmed().compare( QLatin1String( "VEVENT" ), Qt::CaseInsensitive ) == 0 )
    {
      inEvent = false;
      if ( !event.start.isValid() )
      {
        warnings.add( eventLine, QStringLiteral( "VEVENT without a valid DTSTART; skipped" ) );
        continue;
      }
      if ( event.title.isEmpty() )
      {
        warnings.add( eventLine, QStringLiteral( "VEVENT without SUMMARY; skipped" ) );
        continue;
      }
      event.precision = startIsDate ? DatePrecision::Day : DatePrecision::Time;
      if ( !endLine.name.isEmpty() )
      {
        bool endIsDate = false;
        QString problem;
        // DTEND is already exclusive in iCalendar (an all-day event on the 25th ends on the 26th).
        const QDateTime end = parseICalTime( endLine, zones, &endIsDate, &problem );
        if ( !end.isValid() || end < event.start )
          warnings.add( endLine.line,
                        QStringLiteral( "DTEND '%1' unusable; ignored" ).arg( endLine.value.trimmed() ) );
        else if ( !( startIsDate && end == event.start.addDays( 1 ) ) ) // a single day needs no end
          event.end = end;
      }
      if ( event.id.isEmpty() )
        event.id = QStringLiteral( "%1-%2" )
                       .arg( event.start.toString( QStringLiteral( "yyyy-MM-dd" ) ) )
                       .arg( result.events.size() + 1 );
      result.events.append( event );
      continue;
    }
    if ( line.name == QLatin1String( "DTSTART" ) )
    {
      QString problem;
      event.start = parseICalTime( line, zones, &startIsDate, &problem );
      if ( !event.start.isValid() )
        warnings.add(
            line.line,
            QStringLiteral( "DTSTART '%1' is not an iCalendar date or time" ).arg( line.value.trimmed() ) );
      else if ( !problem.isEmpty() )
        warnings.add( line.line, problem );
    }
    else if ( line.name == QLatin1String( "DTEND" ) )
      endLine = line;
    else if ( line.name == QLatin1String( "SUMMARY" ) )
      event.title = unescaped( line.value ).trimmed();
    else if ( line.name == QLatin1String( "DESCRIPTION" ) )
      event.description = unescaped( line.value ).trimmed();
    else if ( line.name == QLatin1String( "LOCATION" ) )
      event.place.name = unescaped( line.value ).trimmed();
    else if ( line.name == QLatin1String( "UID" ) )
      event.id = line.value.trimmed();
    else if ( line.name == QLatin1String( "URL" ) )
    {
      SourceCitation citation;
      citation.url = line.value.trimmed();
      citation.supports = QObject::tr( "the event (from the calendar entry)" );
      event.sources.append( citation );
    }
    else if ( line.name == QLatin1String( "GEO" ) )
    {
      const QStringList parts = line.value.split( QLatin1Char( ';' ) );
      bool okLat = false, okLon = false;
      const double lat = parts.value( 0 ).toDouble( &okLat );
      const double lon = parts.value( 1 ).toDouble( &okLon );
      if ( okLat && okLon && GeoPoint{ lat, lon }.isValid() && lon >= -180 && lon <= 180 )
        event.place.position = GeoPoint{ lat, lon };
      else
        warnings.add( line.line,
                      QStringLiteral( "GEO '%1' is not \"lat;lon\"; ignored" ).arg( line.value.trimmed() ) );
    }
    else if ( line.name == QLatin1String( "CATEGORIES" ) )
    {
      for ( const QString &category : line.value.split( QLatin1Char( ',' ) ) )
      {
        if ( const auto kind = eventKindFromName( category ) )
        {
          event.kind = *kind;
          break;
        }
      }
    }
  }
  if ( inEvent )
    warnings.add( eventLine, QStringLiteral( "VEVENT not closed (file truncated?); skipped" ) );
  warnings.finish( result );
  return result;
}

} // namespace sortie
