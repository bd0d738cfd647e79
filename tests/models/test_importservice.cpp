// Imports off the window's thread (issue 12, point 5): the import service reads on a worker,
// tells its progress file by file, adds everything in one change on its own thread, and a
// cancelled import leaves the workspace exactly as it was. And the selection model: ids, not
// rows, dropped when what they name goes.
#include "models/commands/eventcommands.h"
#include "models/commands/trackcommands.h"
#include "models/commands/undostack.h"
#include "models/workspace/importservice.h"
#include "models/workspace/selection.h"
#include "models/workspace/workspace.h"
#include "tests/support/samplefiles.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sortie;

class TestImportService : public QObject
{
    Q_OBJECT

  private slots:
    // The user's reference airports (issue 14, point 4): an import takes the fields its
    // flights use, not the 80,000; a field the import's own airbase file has wins (the
    // analyst's survey), and no code comes twice.
    void referenceAirportsComeWithTheFlights()
    {
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "airports.csv" ) );
      QFile file( path );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      file.write(
          "id,ident,type,name,latitude_deg,longitude_deg,elevation_ft,continent,iso_country,iso_region,"
          "municipality,scheduled_service,gps_code,iata_code,local_code,home_link,wikipedia_link,keywords\n"
          "1,UUEE,large_airport,Sheremetyevo,55.972599,37.4146,622,EU,RU,RU-MOS,Moscow,yes,UUEE,SVO,,,,\n"
          "2,UHWW,large_airport,Vladivostok International,43.396256,132.148155,46,AS,RU,RU-PRI,"
          "Vladivostok,yes,UHWW,VVO,,,,\n" );
      file.close();
      ImportOptions options;
      options.referenceAirports = std::make_shared<const ReferenceAirports>( path );
      const QString flightFile = QStringLiteral( SORTIE_SAMPLES_DIR "/2024-09-20_govt_uhww-zkws.fr24.csv" );
      ImportBatch batch = readImport( ImporterRegistry::standard(), { flightFile }, {}, options );
      QCOMPARE( batch.referenceAirbases.size(), 1 );
      QCOMPARE( batch.referenceAirbases.first().code(), QStringLiteral( "UHWW" ) );
      Workspace workspace;
      workspace.addImport( std::move( batch ) );
      QCOMPARE( workspace.airbases().airbases().size(), 1 );
      QCOMPARE( workspace.analyses()[0].legs.first().fromAirbase, 0 );

      Workspace surveyed;
      surveyed.addImport( readImport( ImporterRegistry::standard(),
                                      { flightFile, QStringLiteral( SORTIE_SAMPLES_DIR "/airbases.csv" ) },
                                      {}, options ) );
      int uhww = 0;
      for ( const Airbase &airbase : surveyed.airbases().airbases() )
        uhww += airbase.code() == QLatin1String( "UHWW" ) ? 1 : 0;
      QCOMPARE( uhww, 1 );
      QCOMPARE( surveyed.airbases()
                    .airbases()
                    .at( surveyed.airbases().findByIcao( QStringLiteral( "UHWW" ) ) )
                    .name,
                QStringLiteral( "Vladivostok Knevichi" ) );
    }

    void readsOnAWorkerAndAddsOnItsOwnThread()
    {
      Workspace workspace;
      ImportService service( &workspace );
      const QStringList files = test::sampleFiles();
      QVector<int> progressDone;
      QStringList progressFiles;
      QVector<QThread *> progressThreads;
      connect( &service, &ImportService::progress, this,
               [&]( int done, int total, const QString &file )
               {
                 QCOMPARE( total, files.size() );
                 progressDone.append( done );
                 progressFiles.append( file );
                 progressThreads.append( QThread::currentThread() );
               } );
      QThread *changedOn = nullptr;
      connect( &workspace, &Workspace::changed, this, [&] { changedOn = QThread::currentThread(); } );
      QSignalSpy finished( &service, &ImportService::finished );

      QVERIFY( service.start( files ) );
      QVERIFY( service.isRunning() );
      QVERIFY( !service.start( files ) ); // one at a time
      QVERIFY( workspace.isEmpty() );     // nothing is added before the end
      QVERIFY( finished.wait( 30000 ) );
      QVERIFY( !service.isRunning() );

      const auto summary = finished.first().first().value<ImportSummary>();
      QCOMPARE( summary.filesRead, files.size() );
      QVERIFY( !summary.cancelled );
      QCOMPARE( workspace.sourceTracks().size(), std::size_t( 9 ) );
      QCOMPARE( workspace.events().size(), 16 );
      QCOMPARE( changedOn, QThread::currentThread() );
      // Progress: every file, in order, heard on this thread, the count of files done never
      // going back. Files are read a core each, so the count is of files finished by then,
      // before or after the one named.
      QCOMPARE( progressFiles, files );
      for ( int i = 0; i < progressDone.size(); ++i )
      {
        QVERIFY( progressDone.at( i ) >= 0 && progressDone.at( i ) <= files.size() );
        QVERIFY( i == 0 || progressDone.at( i ) >= progressDone.at( i - 1 ) );
        QCOMPARE( progressThreads.at( i ), QThread::currentThread() );
      }

      // The same as importing at once, on this thread.
      Workspace direct;
      const ImportSummary directSummary = direct.importFiles( files );
      QCOMPARE( directSummary.tracks, summary.tracks );
      QCOMPARE( directSummary.events, summary.events );
      QCOMPARE( directSummary.airbases, summary.airbases );
      QCOMPARE( direct.content().events.size(), workspace.content().events.size() );
    }

    void cancelLeavesTheProjectAsItWas()
    {
      Workspace workspace;
      workspace.importFiles( { test::sampleFiles().first() } );
      const ProjectContent before = workspace.content();
      QSignalSpy changed( &workspace, &Workspace::changed );
      ImportService service( &workspace );
      QSignalSpy finished( &service, &ImportService::finished );
      QVERIFY( service.start( test::sampleFiles() ) );
      service.cancel(); // before the worker's end can reach this thread
      QCOMPARE( finished.size(), 1 );
      QVERIFY( finished.first().first().value<ImportSummary>().cancelled );
      QVERIFY( !service.isRunning() );
      QTest::qWait( 500 ); // the worker finishing now must change nothing
      QCOMPARE( finished.size(), 1 );
      QCOMPARE( changed.size(), 0 );
      QCOMPARE( workspace.sourceTracks().size(), before.tracks.size() );
      QCOMPARE( workspace.events().size(), before.events.size() );
      QCOMPARE( workspace.airbases().airbases().size(), before.airbases.size() );

      // And a new import runs after a cancelled one.
      QVERIFY( service.start( test::sampleFiles() ) );
      const ImportSummary summary = service.waitForFinished();
      QVERIFY( !summary.cancelled );
      QCOMPARE( workspace.sourceTracks().size(), std::size_t( 9 ) );
    }

    void readImportStopsWhenTold()
    {
      Workspace workspace;
      int asked = 0;
      const ImportBatch batch = readImport( workspace.importers(), test::sampleFiles(),
                                            [&]( int, int, const QString & ) { return ++asked < 3; } );
      QVERIFY( batch.summary.cancelled );
      QVERIFY( batch.tracks.empty() );
      QVERIFY( batch.merges.isEmpty() );
      QCOMPARE( asked, 3 ); // stopped before the third file, not after every file
    }

    // A save's snapshot costs a pointer per track, not a copy of its positions; a copy that
    // changes gets columns of its own and leaves the others as they were (copy on write).
    void snapshotSharesTrackColumns()
    {
      Workspace workspace;
      workspace.importFiles( test::sampleFiles() );
      const ProjectSnapshot snapshot = workspace.snapshot();
      QCOMPARE( snapshot.content.tracks.size(), workspace.sourceTracks().size() );
      for ( std::size_t t = 0; t < workspace.sourceTracks().size(); ++t )
        QVERIFY( snapshot.content.tracks[t].sharesColumnsWith( workspace.sourceTracks()[t] ) );

      Track changed = workspace.sourceTracks().front();
      const int size = changed.size();
      const TrackPoint last = changed.point( size - 1 );
      TrackPoint later = last;
      later.timeMs += 60000;
      changed.append( later );
      QVERIFY( !changed.sharesColumnsWith( workspace.sourceTracks().front() ) );
      QCOMPARE( changed.size(), size + 1 );
      QCOMPARE( workspace.sourceTracks().front().size(), size );
      QCOMPARE( snapshot.content.tracks.front().size(), size );
      QCOMPARE( snapshot.content.tracks.front().timeMs( size - 1 ), last.timeMs );

      Track moved = std::move( changed );
      QCOMPARE( moved.size(), size + 1 );
      QCOMPARE( changed.size(),
                0 ); // NOLINT(bugprone-use-after-move): a moved-from track is empty, not broken
      changed.append( later );
      QCOMPARE( changed.size(), 1 );
    }

    // What an import adds is said by kind: tracks and events as added; anything that makes
    // every track's analysis or the analyst's work change (here: only a dismissed suggestion
    // from a merged project) as a reset. Nothing comes in unsaid.
    void importsSayWhatTheyAdded()
    {
      Workspace workspace;
      workspace.importFiles( { test::sampleFiles().first() } );
      QSignalSpy items( &workspace, &Workspace::itemsChanged );
      QSignalSpy changed( &workspace, &Workspace::changed );
      Track another = workspace.tracks().front();
      another.id.clear();
      TrackPoint later = another.point( another.size() - 1 );
      later.timeMs += 3600000;
      another.append( later ); // other positions: another track
      ImportBatch tracks;
      tracks.summary.filesRead = 1;
      tracks.tracks.push_back( another );
      workspace.addImport( std::move( tracks ) );
      QCOMPARE( items.size(), 1 );
      const auto added = items.first().first().value<WorkspaceChange>();
      QCOMPARE( added.subject, WorkspaceChange::Subject::Tracks );
      QCOMPARE( added.kind, WorkspaceChange::Kind::Added );
      QCOMPARE( added.ids, QStringList{ workspace.tracks().back().id } );
      QCOMPARE( workspace.analyses().size(), workspace.tracks().size() );

      ImportBatch dismissal;
      dismissal.summary.filesRead = 1;
      ProjectContent merged;
      merged.dismissedSuggestions = QStringList{ QStringLiteral( "event|track|0" ) };
      dismissal.merges.append( { QStringLiteral( "other.sortie.gpkg" ), merged } );
      items.clear();
      changed.clear();
      workspace.addImport( std::move( dismissal ) );
      QCOMPARE( changed.size(), 1 );
      QCOMPARE( items.first().first().value<WorkspaceChange>().kind, WorkspaceChange::Kind::Reset );
      QVERIFY( workspace.dismissedSuggestions().contains( QStringLiteral( "event|track|0" ) ) );
    }

    void selectionFollowsIdsAndDropsWhatGoes()
    {
      Workspace workspace;
      workspace.importFiles( test::sampleFiles() );
      UndoStack stack;
      Selection selection;
      connect( &workspace, &Workspace::itemsChanged, &selection,
               [&]( const WorkspaceChange &change ) { selection.prune( workspace, change ); } );
      QSignalSpy eventSignals( &selection, &Selection::eventChanged );
      QSignalSpy legSignals( &selection, &Selection::legChanged );

      const QString eventId = workspace.events().at( 3 ).id;
      selection.setEvent( eventId );
      selection.setEvent( eventId ); // the same: no signal
      QCOMPARE( eventSignals.size(), 1 );
      const Track &track = workspace.tracks().at( 2 );
      const LegKey leg{ track.id, track.timeMs( workspace.analyses().at( 2 ).legs.first().firstPoint ) };
      selection.setLeg( leg );
      QCOMPARE( legSignals.size(), 1 );

      // An edit of another event, and of this one: still selected, by id.
      Event other = workspace.events().at( 0 );
      other.title += QStringLiteral( " (edited)" );
      QVERIFY( stack.push( makeEditEventCommand( workspace, other ) ) );
      Event same = workspace.events().at( workspace.eventIndex( eventId ) );
      same.title += QStringLiteral( " (edited)" );
      QVERIFY( stack.push( makeEditEventCommand( workspace, same ) ) );
      QCOMPARE( selection.eventId(), eventId );
      // An event removed before it: the row moves, the selection does not.
      QVERIFY( stack.push( makeDeleteEventCommand( workspace, workspace.events().at( 0 ).id ) ) );
      QCOMPARE( selection.eventId(), eventId );
      // Itself removed: nothing selected; undo brings the event back, not the selection.
      QVERIFY( stack.push( makeDeleteEventCommand( workspace, eventId ) ) );
      QVERIFY( selection.eventId().isEmpty() );
      QCOMPARE( eventSignals.last().first().toString(), QString() );

      // The leg goes with its track.
      QCOMPARE( selection.leg(), leg );
      QVERIFY( stack.push( makeRemoveTrackCommand( workspace, leg.trackId ) ) );
      QVERIFY( !selection.leg().isValid() );
      stack.undo();
      QVERIFY( workspace.trackIndex( leg.trackId ) >= 0 );

      // A new project: nothing selected.
      selection.setLeg( leg );
      workspace.clear();
      QVERIFY( !selection.leg().isValid() );
    }

    void aFolderOfTracesReadOnEveryCoreAsOnOne()
    {
      // A day of trace files in ADS-B Exchange's two-level layout (traces/<last two hex
      // digits>/trace_full_<icao>.json): read on one thread and on three, the same tracks in
      // the same order; the filter keeps the aircraft asked for.
      QTemporaryDir day;
      for ( int n = 0; n < 240; ++n )
      {
        const QString icao = QStringLiteral( "%1" ).arg( 0xa00000 + n * 7919, 6, 16, QLatin1Char( '0' ) );
        QDir( day.path() ).mkpath( QStringLiteral( "traces/" ) + icao.right( 2 ) );
        const QString path =
            day.filePath( QStringLiteral( "traces/%1/trace_full_%2.json" ).arg( icao.right( 2 ), icao ) );
        QByteArray text = QStringLiteral( "{\"icao\":\"%1\",\"r\":\"N%2\",\"t\":\"%3\",\"dbFlags\":%4,"
                                          "\"timestamp\":1738627200,\"trace\":[" )
                              .arg( icao )
                              .arg( n )
                              .arg( n % 3 == 0 ? QStringLiteral( "C17" ) : QStringLiteral( "B739" ) )
                              .arg( n % 5 == 0 ? 1 : 0 )
                              .toUtf8();
        for ( int i = 0; i < 50 + n % 40; ++i )
          text += QStringLiteral( "%1[%2,%3,%4,30000,450,90,0,0,null,\"adsb_icao\",null,null,null,null]" )
                      .arg( i == 0 ? QString() : QStringLiteral( "," ) )
                      .arg( i * 10 )
                      .arg( 40.0 + i * 0.01, 0, 'f', 5 )
                      .arg( -100.0 + n * 0.1, 0, 'f', 5 )
                      .toUtf8();
        text += "]}";
        QFile file( path );
        QVERIFY( file.open( QIODevice::WriteOnly ) );
        file.write( text );
      }
      const ImporterRegistry registry = ImporterRegistry::standard();
      auto addresses = []( const ImportBatch &batch )
      {
        QStringList list;
        for ( const Track &track : batch.tracks )
          list << track.identity.icao24 + QLatin1Char( '/' ) + QString::number( track.size() );
        return list;
      };
      ImportOptions one;
      one.threads = 1;
      ImportOptions three;
      three.threads = 3;
      const ImportBatch alone = readImport( registry, { day.path() }, {}, one );
      const ImportBatch together = readImport( registry, { day.path() }, {}, three );
      QCOMPARE( alone.summary.filesRead, 240 );
      QCOMPARE( together.summary.filesRead, 240 );
      QCOMPARE( addresses( together ), addresses( alone ) );
      QCOMPARE( alone.tracks.size(), std::size_t( 240 ) );

      // Military C-17s only: every fifteenth (n % 3 == 0 and n % 5 == 0).
      ImportOptions filtered = three;
      filtered.filter = ImportFilter::parse( QStringLiteral( "type:C17 military" ) );
      const ImportBatch kept = readImport( registry, { day.path() }, {}, filtered );
      QCOMPARE( kept.tracks.size(), std::size_t( 16 ) );
      QCOMPARE( kept.summary.tracksFilteredOut, 224 );
      for ( const Track &track : kept.tracks )
        QVERIFY( track.identity.military && track.identity.aircraftType == QStringLiteral( "C17" ) );

      // Cancelled after ten files: nothing comes back, and the readers stop.
      int reports = 0;
      const ImportBatch cancelled = readImport(
          registry, { day.path() }, [&reports]( int, int, const QString & ) { return ++reports <= 10; },
          three );
      QVERIFY( cancelled.summary.cancelled );
      QVERIFY( cancelled.tracks.empty() );
      QCOMPARE( reports, 11 );
      // The readers stopped, not at the end of the 240: those reported, and those the readers
      // had taken by the time the report said stop (they may run ahead of the reports).
      QVERIFY2( cancelled.summary.filesRead >= 10 && cancelled.summary.filesRead < 240,
                qPrintable( QString::number( cancelled.summary.filesRead ) ) );
      // On one thread, exactly the ten.
      reports = 0;
      const ImportBatch cancelledAlone = readImport(
          registry, { day.path() }, [&reports]( int, int, const QString & ) { return ++reports <= 10; },
          one );
      QCOMPARE( cancelledAlone.summary.filesRead, 10 );
    }

    void filterReadsWhatAnAnalystTypes()
    {
      QString error;
      const ImportFilter filter = ImportFilter::parse(
          QStringLiteral( "150B5F, RA-86559 reg:ra-85155; type:il62 military" ), &error );
      QVERIFY( error.isEmpty() );
      QCOMPARE( filter.icao24s, QSet<QString>{ QStringLiteral( "150b5f" ) } );
      QCOMPARE( filter.registrations,
                ( QSet<QString>{ QStringLiteral( "RA-86559" ), QStringLiteral( "RA-85155" ) } ) );
      QCOMPARE( filter.types, QSet<QString>{ QStringLiteral( "IL62" ) } );
      QVERIFY( filter.militaryOnly );
      QCOMPARE( ImportFilter::parse( filter.text() ).text(), filter.text() );
      ImportFilter::parse( QStringLiteral( "colour:red" ), &error );
      QVERIFY( error.contains( QStringLiteral( "colour:red" ) ) );
      error.clear();
      ImportFilter::parse( QStringLiteral( "militray" ), &error ); // a misspelt keyword, not an aircraft
      QVERIFY( error.contains( QStringLiteral( "militray" ) ) );
      QVERIFY( ImportFilter::parse( QString() ).isEmpty() );

      AircraftIdentity il62;
      il62.icao24 = QStringLiteral( "150b5f" );
      il62.aircraftType = QStringLiteral( "IL62" );
      il62.military = true;
      QVERIFY( filter.accepts( il62, nullptr ) );
      il62.military = false; // not said: no database to ask
      QVERIFY( !filter.accepts( il62, nullptr ) );

      // What the file leaves unsaid, from the aircraft database.
      QTemporaryDir folder;
      const QString source = folder.filePath( QStringLiteral( "db.csv" ) );
      QFile file( source );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      file.write( "icao24,registration,typecode,owner\n150b5f,RA-86559,IL62,Russia - Air Force\n" );
      file.close();
      QVERIFY( AircraftDatabase::convert( source, folder.filePath( QStringLiteral( "db.tsv" ) ) )
                   .error.isEmpty() );
      AircraftDatabase database;
      QVERIFY( database.open( folder.filePath( QStringLiteral( "db.tsv" ) ) ) );
      AircraftIdentity bare;
      bare.icao24 = QStringLiteral( "150b5f" );
      QVERIFY( ImportFilter::parse( QStringLiteral( "RA-86559" ) ).accepts( bare, &database ) );
      QVERIFY( ImportFilter::parse( QStringLiteral( "military type:IL62" ) ).accepts( bare, &database ) );
      QVERIFY( !ImportFilter::parse( QStringLiteral( "type:C17" ) ).accepts( bare, &database ) );
      QVERIFY( !ImportFilter::parse( QStringLiteral( "military" ) ).accepts( bare, nullptr ) );
    }
};

QTEST_GUILESS_MAIN( TestImportService )
#include "test_importservice.moc"
