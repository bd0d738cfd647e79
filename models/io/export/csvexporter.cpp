#include "models/io/export/exporters.h"
#include "models/io/export/exportsupport.h"
#include "models/workspace/workspace.h"

#include <QTimeZone>

namespace sortie::exporters
{

namespace
{
QString csvField( const QString &text )
{
  if ( !text.contains( QLatin1Char( ',' ) ) && !text.contains( QLatin1Char( '"' ) ) &&
       !text.contains( QLatin1Char( '\n' ) ) && !text.contains( QLatin1Char( '\r' ) ) )
    return text;
  QString quoted = text;
  quoted.replace( QLatin1Char( '"' ), QStringLiteral( "\"\"" ) );
  return QLatin1Char( '"' ) + quoted + QLatin1Char( '"' );
}

// The start as the events CSV writes it: its form says its precision.
QString startText( const Event &event )
{
  switch ( event.precision )
  {
  case DatePrecision::Month:
    return event.start.toUTC().toString( QStringLiteral( "yyyy-MM" ) );
  case DatePrecision::Day:
    return event.start.toUTC().toString( QStringLiteral( "yyyy-MM-dd" ) );
  case DatePrecision::Time:
    break;
  }
  return isoUtc( event.start.toMSecsSinceEpoch() );
}

// The file's end is inclusive for a day or a month ("until 2023-07-27"); Sortie's is
// exclusive (2023-07-28T00:00Z). Written so that reading it back gives the same end.
QString endText( const Event &event )
{
  if ( !event.end )
    return QString();
  const QDateTime end = event.end->toUTC();
  const bool midnight = end.time() == QTime( 0, 0 );
  if ( event.precision == DatePrecision::Month && midnight && end.date().day() == 1 )
    return end.addMonths( -1 ).toString( QStringLiteral( "yyyy-MM" ) );
  if ( event.precision == DatePrecision::Day && midnight )
    return end.addDays( -1 ).toString( QStringLiteral( "yyyy-MM-dd" ) );
  return isoUtc( end.toMSecsSinceEpoch() );
}
} // namespace

QString writeEventsCsv( const Workspace &workspace, const QString &path )
{
  QStringList lines{
      QStringLiteral( "id,title,start,end,precision,kind,place,lat,lon,airbase,actors,description,"
                      "source_outlet,source_title,source_date,source_url,source_supports" ) };
  for ( const Event &event : workspace.events() )
  {
    const QStringList common{
        event.id,
        event.title,
        startText( event ),
        endText( event ),
        datePrecisionName( event.precision ),
        eventKindName( event.kind ),
        event.place.name,
        event.place.position ? QString::number( event.place.position->latitude, 'f', 7 ) : QString(),
        event.place.position ? QString::number( event.place.position->longitude, 'f', 7 ) : QString(),
        event.place.airbaseIcao,
        event.actors.join( QLatin1Char( ';' ) ),
        event.description };
    // One source per row: the rows after the first repeat the id (docs/formats.md).
    const int rows = std::max( 1, static_cast<int>( event.sources.size() ) );
    for ( int r = 0; r < rows; ++r )
    {
      QStringList fields = common;
      if ( r < event.sources.size() )
      {
        const SourceCitation &source = event.sources.at( r );
        fields << source.outlet << source.title
               << ( source.date.isValid() ? source.date.toString( Qt::ISODate ) : QString() ) << source.url
               << source.supports;
      }
      else
        fields << QString() << QString() << QString() << QString() << QString();
      for ( QString &field : fields )
        field = csvField( field );
      lines << fields.join( QLatin1Char( ',' ) );
    }
  }
  return writeAtomically( path, ( lines.join( QLatin1Char( '\n' ) ) + QLatin1Char( '\n' ) ).toUtf8() );
}

} // namespace sortie::exporters
