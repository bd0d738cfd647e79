// The event dialog, driven by typing: what it accepts and what it refuses.
#include "widgets/eventdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace sortie;

class TestEventDialog : public QObject
{
    Q_OBJECT

  private slots:
    void refusesWhatCannotStand()
    {
      EventDialog dialog( Event{} );
      dialog.show();
      QVERIFY( QTest::qWaitForWindowExposed( &dialog ) );
      QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button( QDialogButtonBox::Ok );
      QVERIFY( !ok->isEnabled() );
      QVERIFY( dialog.problem().contains( QStringLiteral( "title" ) ) );
      QTest::keyClicks( dialog.titleEdit(), QStringLiteral( "Lavrov visit" ) );
      QVERIFY( dialog.problem().startsWith( QStringLiteral( "Start" ) ) );
      QTest::keyClicks( dialog.startEdit(), QStringLiteral( "October" ) );
      QVERIFY( !ok->isEnabled() );
      dialog.startEdit()->clear();
      QTest::keyClicks( dialog.startEdit(), QStringLiteral( "2023-10" ) );
      QVERIFY( ok->isEnabled() );
      QTest::keyClicks( dialog.endEdit(), QStringLiteral( "2023-09" ) );
      QVERIFY( dialog.problem().contains( QStringLiteral( "before the start" ) ) );
      dialog.endEdit()->clear();
      QVERIFY( ok->isEnabled() );
    }

    void givesTheEventAsTyped()
    {
      Event original;
      original.id = QStringLiteral( "keep-me" );
      EventDialog dialog( original );
      dialog.show();
      QVERIFY( QTest::qWaitForWindowExposed( &dialog ) );
      QTest::keyClicks( dialog.titleEdit(), QStringLiteral( "Shoigu visits Pyongyang" ) );
      QTest::keyClicks( dialog.startEdit(), QStringLiteral( "2023-07-25" ) );
      QTest::keyClicks( dialog.endEdit(), QStringLiteral( "2023-07-27" ) );
      dialog.kindCombo()->setCurrentIndex(
          dialog.kindCombo()->findText( QStringLiteral( "delegation visit" ) ) );
      QTest::mouseClick( dialog.findChild<QPushButton *>( QStringLiteral( "addSource" ) ), Qt::LeftButton );
      QTableWidget *sources = dialog.sourcesTable();
      QCOMPARE( sources->rowCount(), 1 );
      sources->setItem( 0, 0, new QTableWidgetItem( QStringLiteral( "Charter 97" ) ) );
      sources->setItem( 0, 4, new QTableWidgetItem( QStringLiteral( "the dates" ) ) );
      const Event event = dialog.event();
      QCOMPARE( event.id, QStringLiteral( "keep-me" ) );
      QCOMPARE( event.precision, DatePrecision::Day );
      QCOMPARE( event.start, QDateTime( QDate( 2023, 7, 25 ), QTime( 0, 0 ), QTimeZone::utc() ) );
      QCOMPARE( *event.end,
                QDateTime( QDate( 2023, 7, 28 ), QTime( 0, 0 ), QTimeZone::utc() ) ); // inclusive 27th
      QCOMPARE( event.kind, EventKind::DelegationVisit );
      QCOMPARE( event.sources.size(), 1 );
      QCOMPARE( event.sources.at( 0 ).supports, QStringLiteral( "the dates" ) );
    }

    void showsAnEventAsItWasWritten()
    {
      Event event;
      event.title = QStringLiteral( "Exercises" );
      event.start = QDateTime( QDate( 2024, 8, 1 ), QTime( 0, 0 ), QTimeZone::utc() );
      event.end = QDateTime( QDate( 2024, 9, 1 ), QTime( 0, 0 ), QTimeZone::utc() );
      event.precision = DatePrecision::Month;
      EventDialog dialog( event );
      QCOMPARE( dialog.startEdit()->text(), QStringLiteral( "2024-08" ) );
      QCOMPARE( dialog.endEdit()->text(), QStringLiteral( "2024-08" ) ); // the month it ends in, inclusive
      QCOMPARE( *dialog.event().end, *event.end );
    }
};

QTEST_MAIN( TestEventDialog )
#include "test_eventdialog.moc"
