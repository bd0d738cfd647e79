// The briefing PDF from the command line, read back with poppler's tools as a reader of
// the page would: its text holds the title, the window, the notes and sources of the
// correlations shown and the reconstructed-data line; its fonts are embedded; its legend
// lists only what the window draws; --per-correlation adds a page per correlation. The
// layout itself, the page image and cancelling are tested in test_briefinglayout.cpp.
#include "imagecheck.h"
#include "tests/support/pdftext.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace
{
QString run( const QString &program, const QStringList &arguments, int *exitCode = nullptr )
{
  QProcess process;
  process.start( program, arguments );
  process.waitForFinished( 120000 );
  if ( exitCode )
    *exitCode = process.exitCode();
  return QString::fromUtf8( process.readAllStandardOutput() );
}
} // namespace

using namespace sortie;

class TestBriefing : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QVERIFY( mFolder.isValid() );
      mProject = mFolder.filePath( QStringLiteral( "sample.sortie.gpkg" ) );
      int status = -1;
      run( QStringLiteral( SORTIE_BINARY ), { QStringLiteral( "sample" ), mProject }, &status );
      QCOMPARE( status, 0 );
    }

    void septemberPageSaysWhatItShows()
    {
      const QString pdf = mFolder.filePath( QStringLiteral( "september.pdf" ) );
      int status = -1;
      run( QStringLiteral( SORTIE_BINARY ),
           { QStringLiteral( "export-pdf" ), mProject, pdf, QStringLiteral( "--from" ),
             QStringLiteral( "2023-09-10T00:00Z" ), QStringLiteral( "--to" ),
             QStringLiteral( "2023-09-30T00:00Z" ), QStringLiteral( "--title" ),
             QStringLiteral( "RA-86559 after Kim's September visits" ) },
           &status );
      QCOMPARE( status, 0 );
      // -raw: in the order written, without layout columns splitting the words.
      const QString text = test::pdfText( pdf );
      for ( const QString &expected :
            { QStringLiteral( "RA-86559 after Kim's September visits" ),
              QStringLiteral( "2023-09-10 00:00 – 2023-09-30 00:00 UTC" ),
              QStringLiteral( "RA-86559 flew Moscow to Pyongyang, unannounced" ),
              QStringLiteral( "Charter 97, citing Bloomberg and NK News" ),
              QStringLiteral( "Tracks reconstructed from press reports; not ADS-B data." ),
              QStringLiteral( "8 d 6 h after the event ended" ), QStringLiteral( "page 1 of 1" ) } )
        QVERIFY2( text.contains( expected ),
                  qPrintable( expected + QStringLiteral( " not in: " ) + text.left( 2000 ) ) );
      // The July 2024 example is outside the window: not on the page.
      QVERIFY( !text.contains( QLatin1String( "KPA military-education delegation was sent" ) ) );

      // The legend: the event kinds of this window, no gap (none in it), no treaty.
      QVERIFY( text.contains( QLatin1String( "summit" ) ) );
      QVERIFY( text.contains( QLatin1String( "delegation visit" ) ) );
      QVERIFY( !text.contains( QLatin1String( "treaty signing" ) ) );
      QVERIFY( !text.contains( QLatin1String( "Gaps in flight" ) ) );

      // Every font embedded.
      const QStringList fonts = run( QStringLiteral( "pdffonts" ), { pdf } )
                                    .split( QLatin1Char( '\n' ), Qt::SkipEmptyParts )
                                    .mid( 2 );
      QVERIFY( !fonts.isEmpty() );
      for ( const QString &font : fonts )
        QVERIFY2( font.contains(
                      QRegularExpression( QStringLiteral( "\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+" ) ) ),
                  qPrintable( font ) );
    }

    void hangulAndCyrillicPrintAsTyped()
    {
      // Issue 15: Hangul printed as empty boxes (no CJK font). With Noto CJK installed and
      // embedded, a reader finds the words as typed.
      const QString title = QStringLiteral( "Шойгу 평양 방문 2023" );
      const QString pdf = mFolder.filePath( QStringLiteral( "korean.pdf" ) );
      int status = -1;
      run( QStringLiteral( SORTIE_BINARY ),
           { QStringLiteral( "export-pdf" ), mProject, pdf, QStringLiteral( "--title" ), title }, &status );
      QCOMPARE( status, 0 );
      const QString text = test::pdfText( pdf );
      QVERIFY2( text.contains( title ), qPrintable( text.left( 300 ) ) );
      const QString fonts = run( QStringLiteral( "pdffonts" ), { pdf } );
      QVERIFY2( fonts.contains(
                    QRegularExpression( QStringLiteral( "CJK\\S*\\s+CID TrueType\\s+Identity-H\\s+yes" ) ) ),
                qPrintable( fonts ) );
    }

    // Issue 15 acceptance: an event and a title in Korean and Russian. The reader finds the
    // text as typed, a CJK font is embedded, and the page's title band matches a reference
    // image that was looked at (no empty boxes: a font without Hangul would draw them).
    void koreanAndRussianEventAndTitle()
    {
      const QString project = mFolder.filePath( QStringLiteral( "korean.sortie.gpkg" ) );
      QVERIFY( QFile::copy( mProject, project ) );
      const QString eventsPath = mFolder.filePath( QStringLiteral( "kcna.json" ) );
      QFile events( eventsPath );
      QVERIFY( events.open( QIODevice::WriteOnly ) );
      const QString eventTitle = QStringLiteral( "김정은, 러시아 국방장관 접견 / Шойгу в Пхеньяне" );
      events.write(
          QStringLiteral( "{\"sortie_events\": 1, \"events\": [{\"id\": \"2023-07-26-kcna\", "
                          "\"title\": \"%1\", \"kind\": \"delegation-visit\", \"start\": \"2023-07-26\", "
                          "\"place\": {\"name\": \"평양\", \"airbase\": \"ZKPY\"}, \"sources\": "
                          "[{\"outlet\": \"조선중앙통신\", \"title\": \"러시아 국방장관 접견\", "
                          "\"date\": \"2023-07-27\", \"supports\": \"the meeting\"}]}]}" )
              .arg( eventTitle )
              .toUtf8() );
      events.close();
      int status = -1;
      run( QStringLiteral( SORTIE_BINARY ), { QStringLiteral( "import" ), project, eventsPath }, &status );
      QCOMPARE( status, 0 );

      const QString title = QStringLiteral( "Шойгу 평양 방문 2023" );
      const QString pdf = mFolder.filePath( QStringLiteral( "kcna.pdf" ) );
      run( QStringLiteral( SORTIE_BINARY ),
           { QStringLiteral( "export-pdf" ), project, pdf, QStringLiteral( "--title" ), title,
             QStringLiteral( "--from" ), QStringLiteral( "2023-07-20T00:00Z" ), QStringLiteral( "--to" ),
             QStringLiteral( "2023-08-10T00:00Z" ) },
           &status );
      QCOMPARE( status, 0 );
      const QString text = test::pdfText( pdf );
      for ( const QString &typed :
            { title, QStringLiteral( "김정은" ), QStringLiteral( "Шойгу в Пхеньяне" ) } )
        QVERIFY2( text.contains( typed ),
                  qPrintable( typed + QStringLiteral( " not in: " ) + text.left( 600 ) ) );
      QVERIFY2( run( QStringLiteral( "pdffonts" ), { pdf } )
                    .contains( QRegularExpression(
                        QStringLiteral( "CJK\\S*\\s+CID TrueType\\s+Identity-H\\s+yes" ) ) ),
                "no embedded CJK font" );

      // The title band of page 1 at 100 dpi, against the reference.
      const QString prefix = mFolder.filePath( QStringLiteral( "kcna-page" ) );
      run( QStringLiteral( "pdftoppm" ),
           { QStringLiteral( "-r" ), QStringLiteral( "100" ), QStringLiteral( "-f" ), QStringLiteral( "1" ),
             QStringLiteral( "-l" ), QStringLiteral( "1" ), QStringLiteral( "-png" ),
             QStringLiteral( "-singlefile" ), pdf, prefix },
           &status );
      QCOMPARE( status, 0 );
      const QImage page( prefix + QStringLiteral( ".png" ) );
      QVERIFY( !page.isNull() );
      // The title band, and the timeline strip with the sources line (the event's title and
      // its KCNA source in Hangul), above the footer's export time, which changes.
      const QImage titleBand = page.copy( 0, 0, page.width(), page.height() / 12 );
      const int stripTop = static_cast<int>( page.height() * 0.80 );
      const QImage strip =
          page.copy( 0, stripTop, page.width(), static_cast<int>( page.height() * 0.915 ) - stripTop );
      QString message;
      QVERIFY2(
          test::matchesReference( QStringLiteral( "briefing_title_ko_ru" ), titleBand, 24, 0.002, &message ),
          qPrintable( message ) );
      QVERIFY2(
          test::matchesReference( QStringLiteral( "briefing_strip_ko_ru" ), strip, 24, 0.002, &message ),
          qPrintable( message ) );
    }

    void julyPageListsTheGapItDraws()
    {
      const QString pdf = mFolder.filePath( QStringLiteral( "july.pdf" ) );
      int status = -1;
      run( QStringLiteral( SORTIE_BINARY ),
           { QStringLiteral( "export-pdf" ), mProject, pdf, QStringLiteral( "--from" ),
             QStringLiteral( "2024-07-07T00:00Z" ), QStringLiteral( "--to" ),
             QStringLiteral( "2024-07-12T00:00Z" ), QStringLiteral( "--paper" ), QStringLiteral( "A3" ),
             QStringLiteral( "--orientation" ), QStringLiteral( "portrait" ) },
           &status );
      QCOMPARE( status, 0 );
      const QString text = test::pdfText( pdf );
      QVERIFY( text.contains( QLatin1String( "Gaps in flight" ) ) );
      QVERIFY( text.contains( QLatin1String( "KPA military-education delegation was sent" ) ) );
      QVERIFY( !text.contains( QLatin1String( "summit" ) ) );
      const QString info = run( QStringLiteral( "pdfinfo" ), { pdf } );
      QVERIFY2( !info.contains( QLatin1String( "Author:" ) ),
                qPrintable( info ) ); // no user name handed over
      QVERIFY2( info.contains( QRegularExpression(
                    QStringLiteral( "Page size:\\s+84[12](\\.[0-9]+)? x 119[01](\\.[0-9]+)? pts" ) ) ),
                qPrintable( info ) ); // A3 portrait
    }

    void perCorrelationAddsPages()
    {
      const QString pdf = mFolder.filePath( QStringLiteral( "per-correlation.pdf" ) );
      int status = -1;
      const QString printed =
          run( QStringLiteral( SORTIE_BINARY ),
               { QStringLiteral( "export-pdf" ), mProject, pdf, QStringLiteral( "--from" ),
                 QStringLiteral( "2023-09-01" ), QStringLiteral( "--to" ), QStringLiteral( "2023-10-01" ),
                 QStringLiteral( "--per-correlation" ), QStringLiteral( "--graticule" ),
                 QStringLiteral( "--at" ), QStringLiteral( "2023-09-25T06:00" ) },
               &status );
      QCOMPARE( status, 0 );
      QVERIFY2( printed.contains( QLatin1String( "2 pages" ) ), qPrintable( printed ) );
      const QString text = test::pdfText( pdf );
      QVERIFY( text.contains( QLatin1String( "Correlation 1 of 1: follows" ) ) );
      QVERIFY( text.contains( QLatin1String( "page 2 of 2" ) ) );
      QVERIFY( text.contains( QStringLiteral( "°E" ) ) );      // the graticule's labels
      QVERIFY( text.contains( QLatin1String( "UTC 2023" ) ) ); // the timeline strip's axis
      // A reader draws every page without complaint (an aircraft parked at its field once
      // wrote empty paths that poppler reported as syntax errors).
      QProcess draw;
      draw.start( QStringLiteral( "pdftoppm" ),
                  { QStringLiteral( "-r" ), QStringLiteral( "20" ), QStringLiteral( "-png" ), pdf,
                    mFolder.filePath( QStringLiteral( "drawn" ) ) } );
      QVERIFY( draw.waitForFinished( 60000 ) );
      QCOMPARE( draw.exitCode(), 0 );
      QCOMPARE( QString::fromUtf8( draw.readAllStandardError() ), QString() );
    }

    void renderDrawsTheMapAtATime()
    {
      const QString early = mFolder.filePath( QStringLiteral( "early.png" ) );
      const QString late = mFolder.filePath( QStringLiteral( "late.png" ) );
      int status = -1;
      const QString printed = run( QStringLiteral( SORTIE_BINARY ),
                                   { QStringLiteral( "render" ), mProject, early, QStringLiteral( "--at" ),
                                     QStringLiteral( "2024-07-09T04:00" ), QStringLiteral( "--size" ),
                                     QStringLiteral( "640x400" ) },
                                   &status );
      QCOMPARE( status, 0 );
      QVERIFY2( printed.contains( QLatin1String( "aircraft at 2024-07-09 04:00 UTC" ) ),
                qPrintable( printed ) );
      run( QStringLiteral( SORTIE_BINARY ),
           { QStringLiteral( "render" ), mProject, late, QStringLiteral( "--at" ),
             QStringLiteral( "2024-07-09T09:00" ), QStringLiteral( "--size" ), QStringLiteral( "640x400" ) },
           &status );
      QCOMPARE( status, 0 );
      const QImage first( early ), second( late );
      QCOMPARE( first.size(), QSize( 640, 400 ) );
      QCOMPARE( second.size(), QSize( 640, 400 ) );
      // A map, not a blank: the basemap's land, sea and borders at least.
      QSet<QRgb> colours;
      for ( int y = 0; y < first.height(); y += 4 )
        for ( int x = 0; x < first.width(); x += 4 )
          colours.insert( first.pixel( x, y ) );
      QVERIFY2( colours.size() > 20, qPrintable( QString::number( colours.size() ) ) );
      // The aircraft has moved five hours on: the images differ, and only in part.
      int differing = 0;
      for ( int y = 0; y < first.height(); ++y )
        for ( int x = 0; x < first.width(); ++x )
          differing += first.pixel( x, y ) != second.pixel( x, y );
      QVERIFY2( differing > 50 && differing < first.width() * first.height() / 10,
                qPrintable( QString::number( differing ) ) );

      run( QStringLiteral( SORTIE_BINARY ),
           { QStringLiteral( "render" ), mProject, early, QStringLiteral( "--size" ),
             QStringLiteral( "big" ) },
           &status );
      QCOMPARE( status, 2 );
      run(
          QStringLiteral( SORTIE_BINARY ),
          { QStringLiteral( "render" ), mProject, early, QStringLiteral( "--at" ), QStringLiteral( "noon" ) },
          &status );
      QCOMPARE( status, 2 );
    }

    void badOptionsAreRefused()
    {
      int status = -1;
      run( QStringLiteral( SORTIE_BINARY ),
           { QStringLiteral( "export-pdf" ), mProject, mFolder.filePath( QStringLiteral( "x.pdf" ) ),
             QStringLiteral( "--paper" ), QStringLiteral( "A5" ) },
           &status );
      QCOMPARE( status, 2 );
      run( QStringLiteral( SORTIE_BINARY ),
           { QStringLiteral( "export-pdf" ), mProject, mFolder.filePath( QStringLiteral( "x.pdf" ) ),
             QStringLiteral( "--from" ), QStringLiteral( "2024-07-12" ), QStringLiteral( "--to" ),
             QStringLiteral( "2024-07-01" ) },
           &status );
      QCOMPARE( status, 2 );
    }

  private:
    QTemporaryDir mFolder;
    QString mProject;
};

QTEST_GUILESS_MAIN( TestBriefing )
#include "test_briefing.moc"
