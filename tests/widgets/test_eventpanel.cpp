// The event panel driven with real typing, clicks and selection (offscreen), on events
// with every date precision.
#include "models/itemmodels/eventtablemodel.h"
#include "models/time/timecontroller.h"
#include "widgets/eventpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace sortie;

namespace
{
QDateTime utc( int y, int m, int d, int h = 0, int min = 0 )
{
  return QDateTime( QDate( y, m, d ), QTime( h, min ), QTimeZone::utc() );
}

QVector<Event> sampleEvents()
{
  Event visit;
  visit.id = QStringLiteral( "visit" );
  visit.title = QStringLiteral( "Defence minister visits Pyongyang" );
  visit.start = utc( 2023, 7, 25 );
  visit.end = utc( 2023, 7, 28 );
  visit.precision = DatePrecision::Day;
  visit.kind = EventKind::DelegationVisit;
  visit.place.name = QStringLiteral( "Pyongyang" );
  visit.place.airbaseIcao = QStringLiteral( "ZKPY" );
  visit.actors = QStringList{ QStringLiteral( "Сергей Шойгу" ) };
  visit.sources = { { QStringLiteral( "Outlet A" ), QStringLiteral( "A report" ), QDate( 2023, 7, 28 ),
                      QStringLiteral( "https://example.invalid/a" ), QStringLiteral( "the dates" ) } };

  Event month;
  month.id = QStringLiteral( "month" );
  month.title = QStringLiteral( "Il-62M flies to Pyongyang" );
  month.start = utc( 2023, 8, 1 );
  month.precision = DatePrecision::Month;
  month.kind = EventKind::FlightReport;

  Event takeoff;
  takeoff.id = QStringLiteral( "takeoff" );
  takeoff.title = QStringLiteral( "Take-off from Moscow" );
  takeoff.start = utc( 2024, 7, 9, 4, 10 );
  takeoff.precision = DatePrecision::Time;
  takeoff.kind = EventKind::FlightReport;
  return { takeoff, visit, month };
}
} // namespace

class TestEventPanel : public QObject
{
    Q_OBJECT

  private slots:
    void datesShowTheirPrecision()
    {
      const QVector<Event> events = sampleEvents();
      QCOMPARE( formatEventDate( events.at( 0 ) ), QStringLiteral( "2024-07-09 04:10 UTC" ) );
      QCOMPARE( formatEventDate( events.at( 1 ) ), QStringLiteral( "2023-07-25 – 27" ) );
      QCOMPARE( formatEventDate( events.at( 2 ) ), QStringLiteral( "Aug 2023" ) );
      Event across = events.at( 1 );
      across.end = QDateTime( QDate( 2023, 8, 3 ), QTime( 0, 0 ), QTimeZone::utc() );
      QCOMPARE( formatEventDate( across ), QStringLiteral( "2023-07-25 – 08-02" ) );
      across.end = QDateTime( QDate( 2024, 1, 3 ), QTime( 0, 0 ), QTimeZone::utc() );
      QCOMPARE( formatEventDate( across ), QStringLiteral( "2023-07-25 – 2024-01-02" ) );
    }

    void tableIsSortedByDate()
    {
      TimeController clock;
      EventPanel panel( &clock );
      panel.setEvents( sampleEvents() );
      QAbstractItemModel *model = panel.table()->model();
      QCOMPARE( model->rowCount(), 3 );
      QCOMPARE( model->index( 0, EventTableModel::TitleColumn ).data().toString(),
                QStringLiteral( "Defence minister visits Pyongyang" ) );
      QCOMPARE( model->index( 2, EventTableModel::TitleColumn ).data().toString(),
                QStringLiteral( "Take-off from Moscow" ) );
      QCOMPARE( model->index( 0, EventTableModel::PlaceColumn ).data().toString(),
                QStringLiteral( "Pyongyang (ZKPY)" ) );
      QCOMPARE( model->index( 0, EventTableModel::SourcesColumn ).data().toString(), QStringLiteral( "1" ) );
      QCOMPARE( model->headerData( EventTableModel::DateColumn, Qt::Horizontal ).toString(),
                QStringLiteral( "Date (UTC)" ) );
    }

    void filtersByTextKindAndWindow()
    {
      TimeController clock;
      EventPanel panel( &clock );
      panel.setEvents( sampleEvents() );
      panel.show();
      QVERIFY( QTest::qWaitForWindowExposed( &panel ) );
      QAbstractItemModel *model = panel.table()->model();

      panel.filterEdit()->insert(
          QStringLiteral( "шойгу" ) ); // actors, any case (pasted: QTest types ASCII only)
      QCOMPARE( model->rowCount(), 1 );
      panel.filterEdit()->clear();
      QTest::keyClicks( panel.filterEdit(), QStringLiteral( "outlet a" ) ); // sources too
      QCOMPARE( model->rowCount(), 1 );
      panel.filterEdit()->clear();
      QCOMPARE( model->rowCount(), 3 );

      panel.kindCombo()->setCurrentIndex( panel.kindCombo()->findText( QStringLiteral( "flight report" ) ) );
      QCOMPARE( model->rowCount(), 2 );
      panel.kindCombo()->setCurrentIndex( 0 );

      // The window selected on the timeline: August 2023 overlaps only the month event.
      clock.setSelectedWindow(
          { utc( 2023, 8, 10 ).toMSecsSinceEpoch(), utc( 2023, 8, 12 ).toMSecsSinceEpoch() } );
      QTest::mouseClick( panel.windowCheck(), Qt::LeftButton, Qt::NoModifier,
                         QPoint( 5, panel.windowCheck()->height() / 2 ) );
      QVERIFY( panel.windowCheck()->isChecked() );
      QCOMPARE( model->rowCount(), 1 );
      QCOMPARE( model->index( 0, EventTableModel::TitleColumn ).data().toString(),
                QStringLiteral( "Il-62M flies to Pyongyang" ) );
      // The filter follows the timeline's window.
      clock.setSelectedWindow(
          { utc( 2023, 7, 26 ).toMSecsSinceEpoch(), utc( 2023, 7, 27 ).toMSecsSinceEpoch() } );
      QCOMPARE( model->rowCount(), 1 );
      QCOMPARE( model->index( 0, EventTableModel::TitleColumn ).data().toString(),
                QStringLiteral( "Defence minister visits Pyongyang" ) );
    }

    void selectingAnEventMovesTheTimeAndShowsSources()
    {
      TimeController clock;
      EventPanel panel( &clock );
      panel.setEvents( sampleEvents() );
      panel.show();
      QVERIFY( QTest::qWaitForWindowExposed( &panel ) );
      QSignalSpy selected( &panel, &EventPanel::eventSelected );
      QTableView *table = panel.table();
      const QRect row = table->visualRect( table->model()->index( 2, EventTableModel::TitleColumn ) );
      QTest::mouseClick( table->viewport(), Qt::LeftButton, Qt::NoModifier, row.center() );
      QCOMPARE( selected.count(), 1 );
      QCOMPARE( selected.at( 0 ).at( 0 ).toString(), QStringLiteral( "takeoff" ) );
      QCOMPARE( clock.currentTime(), utc( 2024, 7, 9, 4, 10 ).toMSecsSinceEpoch() );
      QVERIFY( clock.visibleRange().contains( clock.currentTime() ) );
      QVERIFY( panel.details()->toPlainText().contains( QStringLiteral( "No source cited" ) ) );

      QVERIFY( panel.selectEvent( QStringLiteral( "visit" ) ) );
      QCOMPARE( panel.selectedEventId(), QStringLiteral( "visit" ) );
      const QString html = panel.details()->toHtml();
      QVERIFY( html.contains( QStringLiteral( "https://example.invalid/a" ) ) ); // a clickable link
      QVERIFY( panel.details()->toPlainText().contains( QStringLiteral( "cited for: the dates" ) ) );
      QVERIFY( panel.details()->openExternalLinks() );
      QVERIFY( !panel.selectEvent( QStringLiteral( "no-such-event" ) ) );
    }
};

QTEST_MAIN( TestEventPanel )
#include "test_eventpanel.moc"
