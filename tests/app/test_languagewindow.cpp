// The workbench in Korean under a real X server (xvfb-run): the translations load from
// the build tree through the same lookup the program uses, the menus and panels speak
// Korean, and a Hangul event title shows in the event panel and on the timeline as
// glyphs, not empty boxes (issue 15).
//
// Two checks on the title, each able to fail: (1) Qt's shaping of the title in each
// widget's own font gives every character a real glyph (glyph 0 is the font's empty
// box), through the fallback font that has Hangul; (2) image: the panel's title cell and
// the timeline, grabbed with one Hangul title and then another of the same length, must
// differ. Boxes look the same for every missing character, so two titles drawn as boxes
// grab as identical images; so does a title that is not drawn at all.
#include "app/cli/localisation.h"
#include "app/mainwindow.h"
#include "app/sortieapplication.h"
#include "models/domain/event.h"
#include "models/itemmodels/eventtablemodel.h"
#include "models/time/duration.h"
#include "models/workspace/workspace.h"
#include "widgets/eventpanel.h"
#include "widgets/timeline/timelinepanel.h"
#include "widgets/timeline/timelinewidget.h"

#include <qgsproject.h>

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QGlyphRun>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QRawFont>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTextLayout>
#include <QTimeZone>
#include <QTimer>

#include <memory>

using namespace sortie;

namespace
{
const QString kTitle = QStringLiteral( "김정은 러시아 국방장관 접견" );
// Words of the same lengths, other syllables: drawn as boxes, the two would look the same.
const QString kOtherTitle = QStringLiteral( "평양시 순안의 비행장을 방문" );
const QString kEventId = QStringLiteral( "2023-07-26-shoigu" );

// Characters of @p text that @p font (with Qt's font fallback, as the widget draws) shows
// as the empty box, and the families that drew the rest.
QString glyphProblems( const QString &text, const QFont &font, QStringList *families )
{
  QTextLayout layout( text, font );
  layout.beginLayout();
  layout.createLine();
  layout.endLayout();
  int glyphs = 0;
  QString problems;
  for ( const QGlyphRun &run : layout.glyphRuns() )
  {
    families->append( run.rawFont().familyName() );
    for ( const quint32 glyph : run.glyphIndexes() )
    {
      ++glyphs;
      if ( glyph == 0 )
        problems += QStringLiteral( "an empty box in %1; " ).arg( run.rawFont().familyName() );
    }
  }
  for ( const QChar c : text )
  {
    if ( c.script() != QChar::Script_Hangul )
      continue;
    bool covered = false;
    for ( const QGlyphRun &run : layout.glyphRuns() )
      covered = covered || run.rawFont().supportsCharacter( c );
    if ( !covered )
      problems += QStringLiteral( "no font drew %1; " ).arg( c );
  }
  if ( glyphs < text.size() - text.count( QLatin1Char( ' ' ) ) )
    problems += QStringLiteral( "only %1 glyphs for %2 characters; " ).arg( glyphs ).arg( text.size() );
  return problems;
}

int countDifferentPixels( const QImage &a, const QImage &b )
{
  if ( a.size() != b.size() )
    return std::max( a.width() * a.height(), b.width() * b.height() );
  int different = 0;
  for ( int y = 0; y < a.height(); ++y )
    for ( int x = 0; x < a.width(); ++x )
      different += a.pixel( x, y ) != b.pixel( x, y ) ? 1 : 0;
  return different;
}
} // namespace

class TestLanguageWindow : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QString problem;
      QVERIFY2( localisation::installTranslators( QStringLiteral( "ko" ), &problem ), qPrintable( problem ) );
    }

    void init()
    {
      QSettings().clear();
      mProject = std::make_unique<QgsProject>();
      mWindow = std::make_unique<MainWindow>( mProject.get() );
      mWindow->resize( 1400, 900 );
      mWindow->show();
      QVERIFY( QTest::qWaitForWindowExposed( mWindow.get() ) );
    }

    void cleanup()
    {
      mWindow.reset();
      mProject.reset();
    }

    void menusAndPanelsAreKorean()
    {
      QStringList menus;
      for ( QAction *action : mWindow->menuBar()->actions() )
        menus << action->text();
      QCOMPARE( menus, QStringList( { QStringLiteral( "파일(&F)" ), QStringLiteral( "편집(&E)" ),
                                      QStringLiteral( "보기(&V)" ), QStringLiteral( "도움말(&H)" ) } ) );
      QAbstractItemModel *model = mWindow->eventPanel()->table()->model();
      QCOMPARE( model->headerData( EventTableModel::DateColumn, Qt::Horizontal ).toString(),
                QStringLiteral( "날짜 (UTC)" ) ); // the zone stays said
      QStringList docks;
      for ( const QDockWidget *dock : mWindow->findChildren<QDockWidget *>() )
        docks << dock->windowTitle();
      QVERIFY2( docks.contains( QStringLiteral( "사건" ) ) && docks.contains( QStringLiteral( "타임라인" ) ),
                qPrintable( docks.join( QStringLiteral( ", " ) ) ) );
      // View > Language lists each language in its own words, Korean checked.
      auto *korean = mWindow->findChild<QAction *>( QStringLiteral( "actionLanguage_ko" ) );
      QVERIFY( korean );
      QVERIFY( korean->isChecked() );
      QCOMPARE( mWindow->findChild<QAction *>( QStringLiteral( "actionLanguage_ru" ) )->text(),
                QStringLiteral( "Русский" ) );
      // From the models layer's own contexts: an event kind, a duration.
      QCOMPARE( eventKindLabel( EventKind::DelegationVisit ), QStringLiteral( "대표단 방문" ) );
      QCOMPARE( formatDuration( 26LL * 3600 * 1000 + 5 * 60 * 1000 ), QStringLiteral( "26시간 05분" ) );
    }

    void languageMenuKeepsTheChoiceForTheNextStart()
    {
      auto *russian = mWindow->findChild<QAction *>( QStringLiteral( "actionLanguage_ru" ) );
      QVERIFY( russian );
      QString said;
      // The message is modal: read it and close it from inside its own event loop.
      QTimer::singleShot( 200,
                          [&said]
                          {
                            if ( auto *box =
                                     qobject_cast<QMessageBox *>( QApplication::activeModalWidget() ) )
                            {
                              said = box->text();
                              box->accept();
                            }
                          } );
      russian->trigger();
      QVERIFY2( said.contains( QStringLiteral( "Русский" ) ) && said.contains( QStringLiteral( "다음" ) ),
                qPrintable( said ) ); // in Korean, naming the language and the next start
      QCOMPARE( QSettings().value( localisation::settingsKey() ).toString(), QStringLiteral( "ru" ) );
      QCOMPARE( localisation::chooseLanguage( QString() ), QStringLiteral( "ru" ) );
      QCOMPARE( localisation::chooseLanguage( QStringLiteral( "en" ) ),
                QStringLiteral( "en" ) ); // --language wins
      // This window stays as it is until the next start.
      QCOMPARE( mWindow->menuBar()->actions().first()->text(), QStringLiteral( "파일(&F)" ) );
    }

    void hangulTitleShowsInEventPanelAndTimeline()
    {
      Event event;
      event.id = kEventId;
      event.title = kTitle;
      event.start = QDateTime( QDate( 2023, 7, 26 ), QTime( 10, 0 ), QTimeZone::utc() );
      event.precision = DatePrecision::Time;
      event.kind = EventKind::DelegationVisit;
      mWindow->workspace()->insertEvent( event, 0 );
      // A second event three days on, so that the data spans time and the cursor, with its
      // time label, can stand away from the title (it is drawn over whatever is under it).
      Event later = event;
      later.id = QStringLiteral( "2023-07-29-departure" );
      later.title = QStringLiteral( "Шойгу покидает Пхеньян" );
      later.start = event.start.addDays( 3 );
      mWindow->workspace()->insertEvent( later, 1 );
      mWindow->showTime( event.start.toMSecsSinceEpoch() + 18LL * 3600 * 1000, 2LL * 24 * 3600 * 1000 );
      QTest::qWait( 200 );

      QTableView *table = mWindow->eventPanel()->table();
      TimelineWidget *timeline = mWindow->timelinePanel()->timeline();
      QStringList families;
      QString problems = glyphProblems( kTitle, table->font(), &families );
      problems += glyphProblems( kTitle, timeline->font(), &families );
      QVERIFY2( problems.isEmpty(), qPrintable( problems ) );
      qInfo( "fonts drawing the title: %s", qPrintable( families.join( QStringLiteral( ", " ) ) ) );

      const auto grabBoth = [&]( QImage *cell, QImage *strip )
      {
        QTest::qWait( 100 );
        QAbstractItemModel *model = table->model();
        QModelIndex title;
        for ( int row = 0; row < model->rowCount(); ++row )
        {
          const QModelIndex index = model->index( row, EventTableModel::TitleColumn );
          if ( index.data().toString() == kTitle || index.data().toString() == kOtherTitle )
            title = index;
        }
        QVERIFY2( title.isValid(), "the event is not in the event panel" );
        table->scrollTo( title );
        QTest::qWait( 50 );
        *cell = table->viewport()->grab( table->visualRect( title ) ).toImage();
        *strip = timeline->grab().toImage();
      };
      QImage cellA, stripA, cellB, stripB;
      grabBoth( &cellA, &stripA );

      event.title = kOtherTitle;
      mWindow->workspace()->replaceEvent( event );
      grabBoth( &cellB, &stripB );
      if ( !qEnvironmentVariableIsEmpty( "SORTIE_TEST_OUTPUT_DIR" ) )
      {
        const QString folder = qEnvironmentVariable( "SORTIE_TEST_OUTPUT_DIR" );
        QDir().mkpath( folder );
        cellA.save( folder + QStringLiteral( "/panel-title.png" ) );
        stripA.save( folder + QStringLiteral( "/timeline.png" ) );
        cellB.save( folder + QStringLiteral( "/panel-title-other.png" ) );
        stripB.save( folder + QStringLiteral( "/timeline-other.png" ) );
      }
      // A few dozen pixels would be a different box count; glyphs change hundreds.
      const int cellDifference = countDifferentPixels( cellA, cellB );
      const int stripDifference = countDifferentPixels( stripA, stripB );
      QVERIFY2( cellDifference > 100,
                qPrintable( QStringLiteral( "the panel's title cell shows the same for two Hangul titles "
                                            "(%1 pixels differ): boxes, or no title" )
                                .arg( cellDifference ) ) );
      QVERIFY2( stripDifference > 100,
                qPrintable( QStringLiteral( "the timeline shows the same for two Hangul titles (%1 pixels "
                                            "differ): boxes, or no label" )
                                .arg( stripDifference ) ) );
    }

  private:
    std::unique_ptr<QgsProject> mProject;
    std::unique_ptr<MainWindow> mWindow;
};

int main( int argc, char *argv[] )
{
  // The build tree's translations, found as the program finds them.
  qputenv( "SORTIE_TRANSLATIONS_DIR", SORTIE_BUILD_TRANSLATIONS_DIR );
  SortieApplication::setIdentity();
  SortieApplication app( argc, argv );
  TestLanguageWindow test;
  return QTest::qExec( &test, argc, argv );
}

#include "test_languagewindow.moc"
