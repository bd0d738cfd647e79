// Find an airport (issue 14 point 3), driven by typing: what is offered, in which order, and
// what choosing one says.
#include "widgets/airportsearchbox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalSpy>
#include <QTest>

using namespace sortie;

namespace
{
AirbaseIndex someAirbases()
{
  QVector<Airbase> airbases;
  auto add = [&airbases]( const char *icao, const char *iata, const QString &name, AirbaseKind kind,
                          AirbaseUse use = AirbaseUse::Civil )
  {
    Airbase airbase;
    airbase.icao = QString::fromLatin1( icao );
    airbase.iata = QString::fromLatin1( iata );
    airbase.name = name;
    airbase.kind = kind;
    airbase.use = use;
    airbase.country = QStringLiteral( "KP" );
    airbases.append( airbase );
  };
  add( "KP-0042", "", QStringLiteral( "Sunan Airstrip" ), AirbaseKind::Small );
  add( "ZKPY", "FNJ", QStringLiteral( "Pyongyang Sunan International Airport" ), AirbaseKind::Large,
       AirbaseUse::Joint );
  add( "ZKWS", "", QStringLiteral( "Wonsan Kalma International Airport" ), AirbaseKind::Medium );
  return AirbaseIndex( airbases );
}
} // namespace

class TestAirportSearchBox : public QObject
{
    Q_OBJECT

  private slots:
    void offersTheBestFirstAndChoosesOne()
    {
      AirportSearchBox box;
      box.setAirbases( someAirbases() );
      box.show();
      QVERIFY( QTest::qWaitForWindowExposed( &box ) );
      QSignalSpy chosen( &box, &AirportSearchBox::airbaseChosen );
      QTest::keyClicks( &box, QStringLiteral( "sunan" ) );
      QCOMPARE( box.offered(), ( QVector<int>{ 1, 0 } ) );
      QAbstractItemView *popup = box.completer()->popup();
      QVERIFY( popup->isVisible() );
      QCOMPARE( popup->model()->rowCount(), 2 );
      QCOMPARE(
          popup->model()->index( 0, 0 ).data().toString(),
          QStringLiteral( "ZKPY/FNJ  Pyongyang Sunan International Airport (KP, military, large airport)" ) );
      // Enter in the list as it opened: the best row.
      QTest::keyClick( popup, Qt::Key_Return );
      QCOMPARE( chosen.size(), 1 );
      QCOMPARE( chosen.at( 0 ).at( 0 ).toInt(), 1 );
      // The second row, picked from the list.
      box.clear();
      QTest::keyClicks( &box, QStringLiteral( "sunan" ) );
      QVERIFY( popup->isVisible() );
      QTest::keyClick( popup, Qt::Key_Down ); // the first row
      QTest::keyClick( popup, Qt::Key_Down ); // the second
      QTest::keyClick( popup, Qt::Key_Return );
      chosen.removeFirst();
      QCOMPARE( chosen.size(), 1 );
      QCOMPARE( chosen.at( 0 ).at( 0 ).toInt(), 0 );
      QCOMPARE( box.text(), QStringLiteral( "KP-0042  Sunan Airstrip (KP, small airfield)" ) );
    }

    void enterTakesTheBestMatch()
    {
      AirportSearchBox box;
      box.setAirbases( someAirbases() );
      box.show();
      QVERIFY( QTest::qWaitForWindowExposed( &box ) );
      QSignalSpy chosen( &box, &AirportSearchBox::airbaseChosen );
      QTest::keyClicks( &box, QStringLiteral( "wonsan" ) );
      box.completer()->popup()->hide();
      box.setText( QStringLiteral( "fnj" ) ); // pasted over the last search: not Wonsan
      QTest::keyClick( &box, Qt::Key_Return );
      QCOMPARE( chosen.size(), 1 );
      QCOMPARE( chosen.at( 0 ).at( 0 ).toInt(), 1 );
      // Nothing found: nothing chosen, the text stays for correcting.
      box.clear();
      QTest::keyClicks( &box, QStringLiteral( "nowhere" ) );
      QTest::keyClick( &box, Qt::Key_Return );
      QCOMPARE( chosen.size(), 1 );
      QCOMPARE( box.text(), QStringLiteral( "nowhere" ) );
    }

    void newAirbasesReplaceTheOld()
    {
      AirportSearchBox box;
      box.setAirbases( someAirbases() );
      QTest::keyClicks( &box, QStringLiteral( "wonsan" ) );
      QCOMPARE( box.offered(), QVector<int>{ 2 } );
      box.setAirbases( AirbaseIndex() );
      box.clear();
      QTest::keyClicks( &box, QStringLiteral( "wonsan" ) );
      QVERIFY( box.offered().isEmpty() );
    }
};

QTEST_MAIN( TestAirportSearchBox )
#include "test_airportsearchbox.moc"
