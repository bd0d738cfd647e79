#include "importdump.h"

#include "models/io/importsupport.h"

#include <QFile>
#include <QTextStream>

#include <cmath>

using namespace sortie;

namespace
{
QString number( double value, int decimals )
{
  return std::isnan( value ) ? QStringLiteral( "nan" ) : QString::number( value, 'f', decimals );
}

QString dateTime( const QDateTime &t )
{
  return t.isValid() ? importsupport::toIsoUtc( t.toMSecsSinceEpoch() ) : QStringLiteral( "-" );
}
} // namespace

QString dumpImport( const ImportResult &result )
{
  QString text;
  QTextStream out( &text );
  out << "format: " << result.format << "\nfailed: " << ( result.failed ? "yes" : "no" ) << "\n";
  for ( const Track &track : result.tracks )
  {
    out << "track: icao24=" << track.identity.icao24 << " registration=" << track.identity.registration
        << " callsigns=" << track.identity.callsigns.join( QLatin1Char( ',' ) )
        << " type=" << track.identity.aircraftType << " source=" << track.source.format
        << " file=" << track.source.fileName << " note=" << track.source.note << "\n";
    out << "  points: " << track.size() << "\n";
    for ( int i = 0; i < track.size(); ++i )
    {
      const TrackPoint p = track.point( i );
      out << "  " << importsupport::toIsoUtc( p.timeMs ) << " " << number( p.latitude, 6 ) << " "
          << number( p.longitude, 6 ) << " alt_m=" << number( p.altitudeMetres, 1 )
          << " gs_mps=" << number( p.groundSpeedMps, 2 ) << " trk=" << number( p.trackDegrees, 1 )
          << " vr_mps=" << number( p.verticalRateMps, 2 ) << " flags=" << p.flags << "\n";
    }
  }
  for ( const Airbase &a : result.airbases )
  {
    out << "airbase: icao=" << a.icao << " iata=" << a.iata << " name=" << a.name << " at "
        << number( a.position.latitude, 4 ) << " " << number( a.position.longitude, 4 )
        << " elev_m=" << ( a.elevationMetres ? number( *a.elevationMetres, 1 ) : QStringLiteral( "-" ) )
        << " use=" << airbaseUseName( a.use ) << " kind=" << airbaseKindName( a.kind )
        << " country=" << a.country << "\n";
  }
  for ( const Event &e : result.events )
  {
    out << "event: id=" << e.id << " title=" << e.title << " start=" << dateTime( e.start )
        << " end=" << ( e.end ? dateTime( *e.end ) : QStringLiteral( "-" ) )
        << " precision=" << datePrecisionName( e.precision ) << " kind=" << eventKindName( e.kind ) << "\n";
    out << "  place: " << e.place.name << " airbase=" << e.place.airbaseIcao << " at "
        << ( e.place.position ? number( e.place.position->latitude, 4 ) + QLatin1Char( ' ' ) +
                                    number( e.place.position->longitude, 4 )
                              : QStringLiteral( "-" ) )
        << "\n";
    if ( !e.actors.isEmpty() )
      out << "  actors: " << e.actors.join( QStringLiteral( " | " ) ) << "\n";
    if ( !e.description.isEmpty() )
      out << "  description: " << e.description << "\n";
    for ( const SourceCitation &s : e.sources )
      out << "  source: " << s.outlet << " | " << s.title << " | " << s.date.toString( Qt::ISODate ) << " | "
          << s.url << " | " << s.supports << "\n";
  }
  for ( const ImportWarning &w : result.warnings )
    out << "warning: " << w.toString() << "\n";
  out.flush();
  return text;
}

QString compareWithGolden( const ImportResult &result, const QString &goldenName )
{
  const QString path = QStringLiteral( SORTIE_TEST_DATA_DIR "/" ) + goldenName;
  const QString actual = dumpImport( result );
  if ( qEnvironmentVariableIntValue( "SORTIE_UPDATE_GOLDEN" ) == 1 )
  {
    QFile file( path );
    if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
      return QStringLiteral( "cannot write %1" ).arg( path );
    file.write( actual.toUtf8() );
    return QString();
  }
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QStringLiteral( "no golden file %1 (SORTIE_UPDATE_GOLDEN=1 writes it; read it before committing)" )
        .arg( path );
  const QStringList expected = QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ) );
  const QStringList got = actual.split( QLatin1Char( '\n' ) );
  for ( int i = 0; i < std::max( expected.size(), got.size() ); ++i )
  {
    const QString e = i < expected.size() ? expected.at( i ) : QStringLiteral( "<end>" );
    const QString g = i < got.size() ? got.at( i ) : QStringLiteral( "<end>" );
    if ( e != g )
      return QStringLiteral( "%1 line %2:\n expected: %3\n      got: %4" )
          .arg( goldenName )
          .arg( i + 1 )
          .arg( e, g );
  }
  return QString();
}
