#include "widgets/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace sortie;

class TestAboutDialog : public QObject
{
    Q_OBJECT

  private slots:
    void showsEveryComponent()
    {
      const QList<ComponentVersion> components = { { QStringLiteral( "Sortie" ), QStringLiteral( "0.1.0" ) },
                                                   { QStringLiteral( "QGIS" ), QStringLiteral( "3.22.16" ) },
                                                   { QStringLiteral( "GDAL" ), QStringLiteral( "3.6.2" ) } };
      AboutDialog dialog( components, { QStringLiteral( "Basemap: Natural Earth" ) } );
      dialog.show();
      QVERIFY( QTest::qWaitForWindowExposed( &dialog ) );

      QTableWidget *table = dialog.componentTable();
      QCOMPARE( table->rowCount(), 3 );
      QCOMPARE( table->item( 1, 0 )->text(), QStringLiteral( "QGIS" ) );
      QCOMPARE( table->item( 1, 1 )->text(), QStringLiteral( "3.22.16" ) );
      QCOMPARE( table->item( 2, 1 )->text(), QStringLiteral( "3.6.2" ) );
      // Read-only: an About box is no place to edit a version.
      QCOMPARE( table->editTriggers(), QAbstractItemView::NoEditTriggers );

      auto *attributions = dialog.findChild<QLabel *>( QStringLiteral( "attributions" ) );
      QVERIFY( attributions );
      QVERIFY( attributions->text().contains( QStringLiteral( "Natural Earth" ) ) );
      QVERIFY(
          dialog.findChild<QLabel *>( QStringLiteral( "aboutTitle" ) )->text().contains( sortieVersion() ) );
    }

    void copiesVersionsForABugReport()
    {
      AboutDialog dialog( { { QStringLiteral( "Qt" ), QStringLiteral( "6.4.2" ) },
                            { QStringLiteral( "GDAL" ), QStringLiteral( "3.6.2" ) } },
                          {} );
      dialog.show();
      QVERIFY( QTest::qWaitForWindowExposed( &dialog ) );
      QVERIFY( !dialog.findChild<QLabel *>( QStringLiteral( "attributions" ) ) );

      auto *copy = dialog.findChild<QPushButton *>( QStringLiteral( "copyVersions" ) );
      QVERIFY( copy );
      QApplication::clipboard()->clear();
      QTest::mouseClick( copy, Qt::LeftButton );
      QCOMPARE( QApplication::clipboard()->text(), QStringLiteral( "Qt 6.4.2\nGDAL 3.6.2" ) );
      QCOMPARE( dialog.componentsAsText(), QStringLiteral( "Qt 6.4.2\nGDAL 3.6.2" ) );
    }

    void closeButtonCloses()
    {
      AboutDialog dialog( {}, {} );
      dialog.show();
      QVERIFY( QTest::qWaitForWindowExposed( &dialog ) );
      QSignalSpy rejected( &dialog, &QDialog::rejected );
      auto *buttons = dialog.findChild<QDialogButtonBox *>();
      QVERIFY( buttons );
      QTest::mouseClick( buttons->button( QDialogButtonBox::Close ), Qt::LeftButton );
      QCOMPARE( rejected.count(), 1 );
      QVERIFY( !dialog.isVisible() );
    }
};

QTEST_MAIN( TestAboutDialog )
#include "test_aboutdialog.moc"
