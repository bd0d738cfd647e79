// The correlation dialog and panel, driven through their widgets on the sample: the
// facts shown are computed, a link needs a note, the panel lists, filters and selects
// correlations, and suggestions are linked or dismissed by request only.
#include "models/analysis/correlationfacts.h"
#include "models/workspace/workspace.h"
#include "tests/support/samplefiles.h"
#include "widgets/correlationdialog.h"
#include "widgets/correlationpanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace sortie;
using sortie::test::sampleFiles;

class TestCorrelationWidgets : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      mWorkspace.importFiles( sampleFiles() );
      mFlight = findLeg( mWorkspace, QDate( 2023, 9, 25 ), QStringLiteral( "UUMU" ) );
      QVERIFY( mFlight.isValid() );
    }

    void dialogShowsFactsAndNeedsANote()
    {
      Correlation draft;
      draft.flights = { mFlight };
      draft.eventIds = QStringList{ QStringLiteral( "2023-09-16-knevichi" ) };
      CorrelationDialog dialog( mWorkspace, draft );
      dialog.show();
      QCOMPARE( dialog.factsList()->count(), 2 );
      QVERIFY( dialog.factsList()->item( 0 )->text().endsWith(
          QLatin1String( "took off from UUMU 8 d 6 h after the event ended" ) ) );

      QTest::mouseClick( dialog.findChild<QDialogButtonBox *>()->button( QDialogButtonBox::Ok ),
                         Qt::LeftButton );
      QVERIFY( dialog.isVisible() ); // refused: no note
      QVERIFY( !dialog.findChild<QLabel *>( QStringLiteral( "correlationProblem" ) )->text().isEmpty() );

      dialog.relationCombo()->setCurrentIndex(
          dialog.relationCombo()->findData( static_cast<int>( Relation::CarriesDelegationFor ) ) );
      dialog.confidenceCombo()->setCurrentIndex( 2 );
      QTest::keyClicks( dialog.noteEdit(), QStringLiteral( "likely carrying the follow-up delegation" ) );
      QTest::keyClicks( dialog.findChild<QLineEdit *>( QStringLiteral( "likelihoodEdit" ) ),
                        QStringLiteral( "likely" ) );
      QTest::mouseClick( dialog.findChild<QDialogButtonBox *>()->button( QDialogButtonBox::Ok ),
                         Qt::LeftButton );
      QCOMPARE( dialog.result(), int( QDialog::Accepted ) );
      const Correlation made = dialog.correlation();
      QCOMPARE( made.relation, Relation::CarriesDelegationFor );
      QCOMPARE( made.confidence, Confidence::High );
      QCOMPARE( made.note, QStringLiteral( "likely carrying the follow-up delegation" ) );
      QCOMPARE( made.likelihood, QStringLiteral( "likely" ) );
      QCOMPARE( made.flights, draft.flights );
      QCOMPARE( made.eventIds, draft.eventIds );
    }

    void panelListsFiltersAndSelects()
    {
      Workspace workspace;
      workspace.setContent( mWorkspace.content() );
      Correlation correlation;
      correlation.id = QStringLiteral( "c1" );
      correlation.flights = { mFlight };
      correlation.eventIds = QStringList{ QStringLiteral( "2023-09-16-knevichi" ) };
      correlation.note = QStringLiteral( "nine days after the inspection" );
      workspace.insertCorrelation( correlation, -1 );

      CorrelationPanel panel;
      panel.setWorkspace( &workspace );
      panel.show();
      QCOMPARE( panel.table()->rowCount(), 1 );
      QCOMPARE( panel.table()->item( 0, 0 )->text(), QStringLiteral( "RA-86559 UUMU → ZKPY, 2023-09-25" ) );

      QSignalSpy selected( &panel, &CorrelationPanel::correlationSelected );
      panel.table()->selectRow( 0 );
      QCOMPARE( selected.count(), 1 );
      QCOMPARE( selected.first().first().toString(), QStringLiteral( "c1" ) );
      panel.table()->clearSelection(); // the selection went: said, so that nobody keeps a stale one
      QCOMPARE( selected.count(), 2 );
      QCOMPARE( selected.last().first().toString(), QString() );
      panel.table()->selectRow( 0 );

      QTest::keyClicks( panel.filterEdit(), QStringLiteral( "zzz" ) );
      QVERIFY( panel.table()->isRowHidden( 0 ) );
      panel.filterEdit()->clear();
      QTest::keyClicks( panel.filterEdit(), QStringLiteral( "inspection" ) );
      QVERIFY( !panel.table()->isRowHidden( 0 ) );

      QSignalSpy deleteAsked( &panel, &CorrelationPanel::deleteRequested );
      QTest::mouseClick( panel.findChild<QPushButton *>( QStringLiteral( "deleteCorrelation" ) ),
                         Qt::LeftButton );
      QCOMPARE( deleteAsked.count(), 1 );
      QCOMPARE( workspace.correlations().size(), 1 ); // the panel never changes data itself
    }

    void suggestionsAreLinkedOrDismissedOnRequest()
    {
      CorrelationPanel panel;
      panel.setWorkspace( &mWorkspace );
      panel.show();
      QVERIFY( panel.suggestionList()->count() > 0 );
      QCOMPARE( panel.suggestionList()->count(), panel.suggestions().size() );
      QVERIFY( panel.tabs()->tabText( 1 ).contains( QString::number( panel.suggestions().size() ) ) );
      panel.tabs()->setCurrentIndex( 1 );
      panel.suggestionList()->setCurrentRow( 0 );

      QSignalSpy link( &panel, &CorrelationPanel::linkRequested );
      QSignalSpy dismiss( &panel, &CorrelationPanel::dismissRequested );
      QTest::mouseClick( panel.findChild<QPushButton *>( QStringLiteral( "linkSuggestion" ) ),
                         Qt::LeftButton );
      QTest::mouseClick( panel.findChild<QPushButton *>( QStringLiteral( "dismissSuggestion" ) ),
                         Qt::LeftButton );
      QCOMPARE( link.count(), 1 );
      QCOMPARE( dismiss.count(), 1 );
      QCOMPARE( dismiss.first().first().toString(), panel.suggestions().first().key );
      QVERIFY( mWorkspace.correlations().isEmpty() );
    }

  private:
    Workspace mWorkspace;
    FlightRef mFlight;
};

QTEST_MAIN( TestCorrelationWidgets )
#include "test_correlationwidgets.moc"
