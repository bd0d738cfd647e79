#include "models/project/atomicsave.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QObject>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace sortie
{

namespace
{
const QString kFolderPrefix = QStringLiteral( ".sortie-save-" );

// Folders left by a save that was killed: older than an hour, nothing is writing them.
void removeAbandonedFolders( const QDir &folder )
{
  const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs( -3600 );
  const QFileInfoList left = folder.entryInfoList( { kFolderPrefix + QStringLiteral( "*" ) },
                                                   QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot );
  for ( const QFileInfo &info : left )
  {
    if ( info.lastModified().toUTC() < cutoff )
      QDir( info.absoluteFilePath() ).removeRecursively();
  }
}

#ifndef Q_OS_WIN
bool syncPath( const QString &path, int flags )
{
  const int fd = ::open( QFile::encodeName( path ).constData(), flags );
  if ( fd < 0 )
    return false;
  const bool ok = ::fsync( fd ) == 0;
  ::close( fd );
  return ok;
}
#endif
} // namespace

AtomicSave::AtomicSave( const QString &targetPath )
  : mTargetPath( QFileInfo( targetPath ).absoluteFilePath() )
  , mFolder( QFileInfo( targetPath ).absolutePath() + QLatin1Char( '/' ) + kFolderPrefix +
             QStringLiteral( "XXXXXX" ) )
{
  const QFileInfo target( mTargetPath );
  if ( !mFolder.isValid() )
  {
    mError = QObject::tr( "Cannot write in the folder %1: %2" )
                 .arg( QDir::toNativeSeparators( target.absolutePath() ), mFolder.errorString() );
    return;
  }
  removeAbandonedFolders( target.absoluteDir() );
  mTemporaryPath = mFolder.filePath( target.fileName() );
}

AtomicSave::~AtomicSave() = default; // QTemporaryDir removes the folder and anything left in it

QString AtomicSave::commit()
{
  if ( !mError.isEmpty() )
    return mError;
  const QString target = QDir::toNativeSeparators( mTargetPath );
#ifdef Q_OS_WIN
  // MOVEFILE_WRITE_THROUGH: returns once the move is on disk.
  if ( !MoveFileExW( reinterpret_cast<LPCWSTR>( QDir::toNativeSeparators( mTemporaryPath ).utf16() ),
                     reinterpret_cast<LPCWSTR>( target.utf16() ),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH ) )
    return QObject::tr( "Could not save %1: cannot replace the file (error %2)" )
        .arg( target )
        .arg( GetLastError() );
#else
  if ( !syncPath( mTemporaryPath, O_RDONLY ) )
    return QObject::tr( "Could not save %1: cannot write the file to disk: %2" )
        .arg( target, QString::fromLocal8Bit( std::strerror( errno ) ) );
  if ( std::rename( QFile::encodeName( mTemporaryPath ).constData(),
                    QFile::encodeName( mTargetPath ).constData() ) != 0 )
    return QObject::tr( "Could not save %1: cannot replace the file: %2" )
        .arg( target, QString::fromLocal8Bit( std::strerror( errno ) ) );
  // The rename itself is durable once the folder's entry is.
  syncPath( QFileInfo( mTargetPath ).absolutePath(), O_RDONLY | O_DIRECTORY );
#endif
  return QString();
}

} // namespace sortie
