// A save killed at any moment leaves the previous project file intact: a real
// `sortie import` writing a large project is killed (SIGKILL) at several moments after
// its save has begun, and each time the project still opens, byte for byte the old file
// or, when the save had finished, the complete new one.
#include "models/project/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

using namespace sortie;

namespace
{
QByteArray digest( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QByteArray();
  QCryptographicHash hash( QCryptographicHash::Sha256 );
  hash.addData( &file );
  return hash.result();
}

// A Flightradar24 CSV of @p rows positions: a long synthetic shuttle, enough that a save
// takes a while.
void writeLargeTrack( const QString &path, int rows )
{
  QFile file( path );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  QTextStream out( &file );
  out << "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n";
  const qint64 start = 1720483200; // 2024-07-09T00:00:00Z
  for ( int i = 0; i < rows; ++i )
  {
    const qint64 t = start + i * 5;
    const double f = ( i % 5000 ) / 5000.0;
    out << t << ',' << QDateTime::fromSecsSinceEpoch( t, Qt::UTC ).toString( Qt::ISODate ) << ",TEST01,\""
        << QString::number( 55.6 - 16.4 * f, 'f', 5 ) << ',' << QString::number( 37.3 + 88.4 * f, 'f', 5 )
        << "\",35000,450,95\n";
  }
}

bool saveFolderExists( const QDir &folder )
{
  return !folder
              .entryList( { QStringLiteral( ".sortie-save-*" ) },
                          QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot )
              .isEmpty();
}
} // namespace

class TestSaveKill : public QObject
{
    Q_OBJECT

  private slots:
    void killedSaveLeavesTheOldFile()
    {
      QTemporaryDir folder;
      const QString project = folder.filePath( QStringLiteral( "work.sortie.gpkg" ) );
      const QString large = folder.filePath( QStringLiteral( "large.fr24.csv" ) );
      writeLargeTrack( large, 150000 );
      QProcess sample;
      sample.start( QStringLiteral( SORTIE_BINARY ), { QStringLiteral( "sample" ), project } );
      QVERIFY( sample.waitForFinished( 60000 ) );
      QCOMPARE( sample.exitCode(), 0 );
      const QString pristine = folder.filePath( QStringLiteral( "pristine.copy" ) );
      QVERIFY( QFile::copy( project, pristine ) );
      const QByteArray original = digest( project );
      const ProjectReadResult before = readProject( project );
      QVERIFY( before.ok() );

      int killedWhileSaving = 0;
      int finished = 0;
      for ( const int delayMs : { 0, 5, 20, 50, 100, 200, 400, 800 } )
      {
        QProcess import;
        import.start( QStringLiteral( SORTIE_BINARY ), { QStringLiteral( "import" ), project, large } );
        QVERIFY( import.waitForStarted() );
        // Wait for the save to begin (its hidden folder appears), then a little more.
        QElapsedTimer waited;
        waited.start();
        bool saving = false;
        while ( !saving && import.state() != QProcess::NotRunning && waited.elapsed() < 120000 )
        {
          saving = saveFolderExists( QDir( folder.path() ) );
          if ( !saving )
            import.waitForFinished( 2 );
        }
        if ( saving && delayMs > 0 )
          QThread::msleep( static_cast<unsigned long>( delayMs ) );
        const bool stillSaving =
            import.state() != QProcess::NotRunning && saveFolderExists( QDir( folder.path() ) );
        import.kill();
        import.waitForFinished();
        killedWhileSaving += stillSaving ? 1 : 0;

        const ProjectReadResult after = readProject( project );
        QVERIFY2( after.ok(), qPrintable( after.message ) );
        if ( digest( project ) == original )
        {
          QCOMPARE( after.content.tracks.size(), before.content.tracks.size() );
          continue;
        }
        // The save finished before the kill: the whole new project, never a part of it.
        ++finished;
        QCOMPARE( after.content.tracks.size(), before.content.tracks.size() + 1 );
        QCOMPARE( after.content.tracks.back().size(), 150000 );
        // The old file back for the next round.
        QVERIFY( QFile::remove( project ) );
        QVERIFY( QFile::copy( pristine, project ) );
      }
      qInfo( "%d of 8 kills landed while the save was being written; %d saves had finished",
             killedWhileSaving, finished );
      QVERIFY2( killedWhileSaving >= 3, "enough kills landed during a save to mean something" );

      // Left alone, the same import finishes, and the project holds all of it.
      QProcess import;
      import.start( QStringLiteral( SORTIE_BINARY ), { QStringLiteral( "import" ), project, large } );
      QVERIFY( import.waitForFinished( 120000 ) );
      QCOMPARE( import.exitCode(), 0 );
      const ProjectReadResult after = readProject( project );
      QVERIFY2( after.ok(), qPrintable( after.message ) );
      QCOMPARE( after.content.tracks.size(), before.content.tracks.size() + 1 );
      QCOMPARE( after.content.tracks.back().size(), 150000 );
      // The hidden folders of the killed saves are left; a save removes those over an hour old.
    }
};

QTEST_GUILESS_MAIN( TestSaveKill )
#include "test_savekill.moc"
