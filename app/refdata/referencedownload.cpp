#include "app/refdata/referencedownload.h"

#include "models/io/airbasecsvimporter.h"
#include "models/refdata/aircraftdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryFile>
#include <QtConcurrent>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sortie
{

ReferenceDownload::ReferenceDownload( ReferenceFolder folder, QObject *parent )
  : QObject( parent )
  , mFolder( std::move( folder ) )
  , mNetwork( new QNetworkAccessManager( this ) )
  , mConversion( new QFutureWatcher<QString>( this ) )
{
  connect( mConversion, &QFutureWatcher<QString>::finished, this,
           [this]
           {
             const QString error = mConversion->result();
             if ( mCancelled )
               finish( false, tr( "Cancelled." ) );
             else if ( !error.isEmpty() )
               finish( false, error );
             else
               install();
           } );
}

ReferenceDownload::~ReferenceDownload()
{
  mCancelled = true;
  if ( mReply )
  {
    mReply->disconnect( this ); // no finished() from a download being destroyed
    mReply->abort();
  }
  mConversion->waitForFinished(); // the worker writes into the folder
}

bool ReferenceDownload::start( Kind kind, const QUrl &url )
{
  if ( mRunning )
  {
    mStartError = tr( "A download is running." );
    return false;
  }
  mStartError.clear();
  mKind = kind;
  mUrl = url;
  mReceived = 0;
  mCancelled = false;
  mWriteFailed = false;
  QDir().mkpath( mFolder.path() );
  // Beside its destination: the rename at the end stays on one file system.
  mFile = std::make_unique<QTemporaryFile>(
      QDir( mFolder.path() ).filePath( QStringLiteral( "download-XXXXXX" ) ) );
  if ( !mFile->open() )
  {
    mStartError = tr( "Cannot write in %1: %2" ).arg( mFolder.path(), mFile->errorString() );
    return false;
  }
  mRunning = true;
  QNetworkRequest request( url );
  request.setAttribute( QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy );
  request.setHeader( QNetworkRequest::UserAgentHeader, QStringLiteral( "Sortie (reference data)" ) );
  mReply = mNetwork->get( request );
  connect( mReply, &QNetworkReply::readyRead, this, &ReferenceDownload::receive );
  connect( mReply, &QNetworkReply::downloadProgress, this,
           [this]( qint64 received, qint64 total )
           { emit progress( received, total, tr( "Downloading" ) ); } );
  connect( mReply, &QNetworkReply::finished, this, &ReferenceDownload::complete );
  return true;
}

void ReferenceDownload::cancel()
{
  if ( !mRunning )
    return;
  mCancelled = true;
  if ( mReply )
    mReply->abort(); // finished() comes from complete()
  // A conversion running on the worker is left to end; its result is then dropped.
}

void ReferenceDownload::receive()
{
  const QByteArray bytes = mReply->readAll();
  mReceived += bytes.size();
  if ( mReceived > kMaxBytes )
  {
    mReply->abort();
    return;
  }
  if ( mFile->write( bytes ) != bytes.size() )
  {
    mWriteFailed = true; // also after the reply has finished, when abort() does nothing
    mReply->abort();
  }
}

void ReferenceDownload::complete()
{
  QNetworkReply *reply = mReply;
  reply->deleteLater();
  if ( mCancelled )
  {
    finish( false, tr( "Cancelled." ) );
    return;
  }
  receive(); // what is left in the buffer (nothing more is kept once over the limit)
  // Before the reply's error: going over the limit aborted the reply.
  if ( mReceived > kMaxBytes )
  {
    finish( false, tr( "%1 is larger than %2 GiB; not installed." )
                       .arg( mUrl.toDisplayString() )
                       .arg( kMaxBytes >> 30 ) );
    return;
  }
  const int status = reply->attribute( QNetworkRequest::HttpStatusCodeAttribute ).toInt();
  if ( reply->error() != QNetworkReply::NoError || ( status != 0 && status >= 400 ) )
  {
    finish( false, tr( "Cannot download %1: %2" ).arg( mUrl.toDisplayString(), reply->errorString() ) );
    return;
  }
  if ( mWriteFailed || !mFile->flush() )
  {
    finish( false, tr( "Cannot write %1: %2" ).arg( mFile->fileName(), mFile->errorString() ) );
    return;
  }
  if ( mKind == Kind::Airports )
  {
    // Only OurAirports' file replaces the one there: an error page is not an airports file.
    mFile->seek( 0 );
    const QByteArray head = mFile->read( 65536 );
    if ( OurAirportsImporter().sniff( head ) < 50 )
    {
      finish( false, tr( "%1 is not OurAirports' airports.csv; the airports were not replaced." )
                         .arg( mUrl.toDisplayString() ) );
      return;
    }
    install();
    return;
  }
  emit progress( mReceived, mReceived, tr( "Converting" ) );
  const QString source = mFile->fileName();
  // Beside the database in use, which install() replaces only when nothing went wrong.
  const QString target = mFolder.aircraftPath() + QStringLiteral( ".new" );
  mConversion->setFuture( QtConcurrent::run(
      &mConversionPool,
      [this, source, target]
      {
        const AircraftDatabase::ConvertResult result =
            AircraftDatabase::convert( source, target, [this]( int ) { return !mCancelled; } );
        if ( result.error.isEmpty() )
          mConversionDescription = tr( "%1, %n airframes", nullptr, result.airframes ).arg( result.format );
        // The message names the download by its address, not by the temporary file's name.
        return QString( result.error ).replace( QFileInfo( source ).fileName(), mUrl.toDisplayString() );
      } ) );
}

void ReferenceDownload::install()
{
  ReferenceEntry entry;
  entry.kind = mKind == Kind::Airports ? QStringLiteral( "airports" ) : QStringLiteral( "aircraft" );
  entry.url = mUrl.toString();
  entry.downloaded = QDateTime::currentDateTimeUtc();
  entry.bytes = mReceived;
  if ( mCancelled ) // while the conversion ran: nothing replaced
  {
    finish( false, tr( "Cancelled." ) );
    return;
  }
  const QString target = mKind == Kind::Airports ? mFolder.airportsPath() : mFolder.aircraftPath();
  const QString installed = mKind == Kind::Airports ? mFile->fileName() : target + QStringLiteral( ".new" );
  // rename(2) replaces the file at once: a workbench that has the old one mapped keeps reading
  // it, and there is never a moment without one.
  if ( std::rename( QFile::encodeName( installed ).constData(), QFile::encodeName( target ).constData() ) !=
       0 )
  {
    finish( false,
            tr( "Cannot install %1: %2" ).arg( target, QString::fromLocal8Bit( std::strerror( errno ) ) ) );
    return;
  }
  if ( mKind == Kind::Airports )
  {
    mFile->setAutoRemove( false ); // renamed away: nothing of it is left to remove
    entry.description = tr( "OurAirports airports file" );
  }
  else
    entry.description = mConversionDescription;
  if ( !mFolder.record( entry ) )
  {
    finish( false, tr( "Cannot write the manifest in %1." ).arg( mFolder.path() ) );
    return;
  }
  finish( true, tr( "%1 from %2" ).arg( entry.description, mUrl.toDisplayString() ) );
}

void ReferenceDownload::finish( bool ok, const QString &message )
{
  mFile.reset(); // removes the download unless it was installed
  QFile::remove( mFolder.aircraftPath() + QStringLiteral( ".new" ) ); // a conversion not installed
  mRunning = false;
  emit finished( ok, message );
}

} // namespace sortie
