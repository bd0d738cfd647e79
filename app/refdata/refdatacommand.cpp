#include "app/refdata/refdatacommand.h"

#include "app/cli/commandline.h"
#include "app/refdata/referencedownload.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTextStream>

namespace sortie
{

ReferenceFolder userReferenceFolder()
{
  return ReferenceFolder( QDir( QStandardPaths::writableLocation( QStandardPaths::AppDataLocation ) )
                              .filePath( QStringLiteral( "reference" ) ) );
}

namespace cli
{

namespace
{
QString tr( const char *text )
{
  return QCoreApplication::translate( "sortie::cli", text );
}

void printStatus( const ReferenceFolder &folder, QTextStream &out )
{
  out << tr( "Reference data in %1:" ).arg( QDir::toNativeSeparators( folder.path() ) ) << '\n';
  for ( const QString &kind : { QStringLiteral( "airports" ), QStringLiteral( "aircraft" ) } )
  {
    const ReferenceEntry entry = folder.entry( kind );
    const QString what = kind == QLatin1String( "airports" ) ? tr( "airports" ) : tr( "aircraft database" );
    if ( entry.kind.isEmpty() )
      out << "  " << tr( "%1: none yet ('sortie refdata update' downloads it)" ).arg( what ) << '\n';
    else
      out << "  "
          << tr( "%1: %2, downloaded %3 UTC from %4" )
                 .arg( what, entry.description,
                       entry.downloaded.toString( QStringLiteral( "yyyy-MM-dd HH:mm" ) ), entry.url )
          << '\n';
  }
}
} // namespace

int runRefdata( const QStringList &arguments, QTextStream &out, QTextStream &err )
{
  const QString usage =
      tr( "Usage: sortie refdata status\n"
          "       sortie refdata update [--only airports|aircraft] [--adsbx]\n"
          "                             [--airports-url URL] [--aircraft-url URL]\n"
          "Reference data, downloaded once into your data folder and used offline after: an\n"
          "aircraft database (OpenSky's, or ADS-B Exchange's with --adsbx), which gives tracks\n"
          "that only have an ICAO address their registration, type, operator and a military\n"
          "flag in every project the workbench opens; and OurAirports' airports file, added to\n"
          "a project with File > Reference Data or 'sortie import'. 'status' says what is there\n"
          "and from when; 'update' downloads both again from their public addresses (or those\n"
          "given).\n" );
  if ( arguments.isEmpty() || arguments.contains( QStringLiteral( "--help" ) ) ||
       arguments.contains( QStringLiteral( "-h" ) ) )
  {
    ( arguments.isEmpty() ? err : out ) << usage;
    return arguments.isEmpty() ? BadUsage : Success;
  }
  const ReferenceFolder folder = userReferenceFolder();
  if ( arguments.first() == QLatin1String( "status" ) && arguments.size() == 1 )
  {
    printStatus( folder, out );
    return Success;
  }
  if ( arguments.first() != QLatin1String( "update" ) )
  {
    err << tr( "sortie refdata: unknown command '%1'. Try 'sortie refdata --help'." ).arg( arguments.first() )
        << '\n';
    return BadUsage;
  }
  QString airportsUrl = ReferenceFolder::defaultAirportsUrl();
  QString aircraftUrl = ReferenceFolder::defaultAircraftUrl();
  QString only;
  for ( int i = 1; i < arguments.size(); ++i )
  {
    const QString &argument = arguments.at( i );
    const QString value = i + 1 < arguments.size() ? arguments.at( i + 1 ) : QString();
    if ( argument == QLatin1String( "--airports-url" ) && !value.isEmpty() )
      airportsUrl = arguments.at( ++i );
    else if ( argument == QLatin1String( "--aircraft-url" ) && !value.isEmpty() )
      aircraftUrl = arguments.at( ++i );
    else if ( argument == QLatin1String( "--adsbx" ) )
      aircraftUrl = ReferenceFolder::adsbExchangeAircraftUrl();
    else if ( argument == QLatin1String( "--only" ) &&
              ( value == QLatin1String( "airports" ) || value == QLatin1String( "aircraft" ) ) )
      only = arguments.at( ++i );
    else
    {
      err << tr( "sortie refdata: cannot use '%1'. Try 'sortie refdata --help'." ).arg( argument ) << '\n';
      return BadUsage;
    }
  }
  QVector<QPair<ReferenceDownload::Kind, QUrl>> downloads;
  if ( only != QLatin1String( "aircraft" ) )
    downloads.append( { ReferenceDownload::Kind::Airports, QUrl( airportsUrl ) } );
  if ( only != QLatin1String( "airports" ) )
    downloads.append( { ReferenceDownload::Kind::Aircraft, QUrl( aircraftUrl ) } );
  int failures = 0;
  for ( const auto &[kind, url] : std::as_const( downloads ) )
  {
    ReferenceDownload download( folder );
    QEventLoop loop;
    int lastPercent = -1;
    QObject::connect( &download, &ReferenceDownload::progress, &loop,
                      [&]( qint64 received, qint64 total, const QString &stage )
                      {
                        const int percent = total > 0 ? static_cast<int>( 100 * received / total ) : -1;
                        if ( percent == lastPercent && percent >= 0 )
                          return;
                        lastPercent = percent;
                        err << '\r' << stage << ' ' << url.toDisplayString() << ' '
                            << ( percent >= 0 ? QStringLiteral( "%1 %" ).arg( percent )
                                              : QStringLiteral( "%1 MB" ).arg( received / 1e6, 0, 'f', 1 ) );
                        err.flush();
                      } );
    QObject::connect( &download, &ReferenceDownload::finished, &loop,
                      [&]( bool ok, const QString &message )
                      {
                        err << '\n';
                        ( ok ? out : err )
                            << ( ok ? QString() : QStringLiteral( "sortie refdata: " ) ) << message << '\n';
                        failures += ok ? 0 : 1;
                        loop.quit();
                      } );
    if ( download.start( kind, url ) )
      loop.exec();
    else
    {
      err << "sortie refdata: " << download.startError() << '\n';
      ++failures;
    }
  }
  printStatus( folder, out );
  return failures == 0 ? Success : BadInput;
}

} // namespace cli
} // namespace sortie
