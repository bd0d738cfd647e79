#include "models/project/projectlock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QObject>

namespace sortie
{

QString ProjectLock::lockPathFor( const QString &projectPath )
{
  const QFileInfo info( projectPath );
  return info.absoluteDir().filePath( QStringLiteral( ".%1.lock" ).arg( info.fileName() ) );
}

ProjectLock::ProjectLock( const QString &projectPath )
  : mProjectPath( projectPath )
  , mLock( std::make_unique<QLockFile>( lockPathFor( projectPath ) ) )
{
  // Never stale by age: a project stays open for days. Stale only when its process is gone.
  mLock->setStaleLockTime( 0 );
}

ProjectLock::~ProjectLock() = default; // QLockFile unlocks on destruction

bool ProjectLock::tryLock()
{
  if ( mLock->isLocked() )
    return true;
  if ( mLock->tryLock( 0 ) )
  {
    mRefusal.clear();
    return true;
  }
  const QString shown = QDir::toNativeSeparators( mProjectPath );
  switch ( mLock->error() )
  {
  case QLockFile::LockFailedError:
  {
    qint64 pid = 0;
    QString host, application;
    if ( mLock->getLockInfo( &pid, &host, &application ) )
      mRefusal = QObject::tr(
                     "%1 is open in another Sortie (process %2 on %3). If that Sortie is no longer running, "
                     "delete %4." )
                     .arg( shown )
                     .arg( pid )
                     .arg( host.isEmpty() ? QObject::tr( "this machine" ) : host,
                           QDir::toNativeSeparators( lockPathFor( mProjectPath ) ) );
    else
      mRefusal = QObject::tr( "%1 is open in another Sortie." ).arg( shown );
    break;
  }
  case QLockFile::PermissionError:
    mRefusal = QObject::tr( "%1 is in a folder Sortie cannot write to." ).arg( shown );
    break;
  default:
    mRefusal = QObject::tr( "%1 cannot be locked for writing." ).arg( shown );
    break;
  }
  return false;
}

} // namespace sortie
