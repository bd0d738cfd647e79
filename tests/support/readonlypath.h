#pragma once

// A file or folder that cannot be written, for tests of read-only places, as any user. For
// root (CI runs as root) permission bits bind nothing: the path is made immutable with
// chattr, which binds root too. Undone however the test ends.

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>

namespace sortie::test
{

class ReadOnlyPath
{
  public:
    explicit ReadOnlyPath( const QString &path )
      : mPath( path )
      , mPermissions( QFile::permissions( path ) )
    {
      QFile::setPermissions( path, QFileInfo( path ).isDir() ? QFile::ReadOwner | QFile::ExeOwner
                                                             : QFile::ReadOwner | QFile::ReadGroup );
      if ( QFileInfo( path ).isWritable() )
        mImmutable = QProcess::execute( QStringLiteral( "chattr" ), { QStringLiteral( "+i" ), path } ) == 0;
    }
    ~ReadOnlyPath()
    {
      if ( mImmutable )
        QProcess::execute( QStringLiteral( "chattr" ), { QStringLiteral( "-i" ), mPath } );
      QFile::setPermissions( mPath, mPermissions );
    }
    ReadOnlyPath( const ReadOnlyPath & ) = delete;
    ReadOnlyPath &operator=( const ReadOnlyPath & ) = delete;

    /** Whether the path is now read-only for this process (check it: a test must not skip). */
    bool isReadOnly() const { return !QFileInfo( mPath ).isWritable(); }

  private:
    QString mPath;
    QFile::Permissions mPermissions;
    bool mImmutable = false;
};

} // namespace sortie::test
