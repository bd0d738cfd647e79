#include "app/cli/commandline.h"
#include "app/cli/localisation.h"

#include <QCoreApplication>
#include <QTest>

using namespace sortie::cli;
using Action = Invocation::Action;

Q_DECLARE_METATYPE( Invocation::Action )

class TestCommandLine : public QObject
{
    Q_OBJECT

  private slots:
    void parse_data()
    {
      QTest::addColumn<QStringList>( "arguments" );
      QTest::addColumn<Action>( "action" );
      QTest::addColumn<QString>( "detail" );

      QTest::newRow( "no argument opens the window" ) << QStringList{} << Action::OpenGui << QString();
      QTest::newRow( "--help" ) << QStringList{ QStringLiteral( "--help" ) } << Action::ShowHelp << QString();
      QTest::newRow( "-h" ) << QStringList{ QStringLiteral( "-h" ) } << Action::ShowHelp << QString();
      QTest::newRow( "--version" ) << QStringList{ QStringLiteral( "--version" ) } << Action::ShowVersion
                                   << QString();
      QTest::newRow( "-V" ) << QStringList{ QStringLiteral( "-V" ) } << Action::ShowVersion << QString();
      QTest::newRow( "help wins over version" )
          << QStringList{ QStringLiteral( "--version" ), QStringLiteral( "--help" ) } << Action::ShowHelp
          << QString();
      QTest::newRow( "screenshot" ) << QStringList{ QStringLiteral( "--screenshot" ),
                                                    QStringLiteral( "out.png" ) }
                                    << Action::OpenGui << QStringLiteral( "out.png" );
      QTest::newRow( "screenshot without file" ) << QStringList{ QStringLiteral( "--screenshot" ) }
                                                 << Action::UsageError << QStringLiteral( "screenshot" );
      QTest::newRow( "unknown option" ) << QStringList{ QStringLiteral( "--frobnicate" ) }
                                        << Action::UsageError << QStringLiteral( "frobnicate" );
      QTest::newRow( "unknown command" ) << QStringList{ QStringLiteral( "explode" ) } << Action::UsageError
                                         << QStringLiteral( "unknown command 'explode'" );
      QTest::newRow( "files open in the window" )
          << QStringList{ QStringLiteral( "resources/samples/events.json" ), QStringLiteral( "flight.gpx" ) }
          << Action::OpenGui << QString();
      QTest::newRow( "a bare word is a mistyped command" )
          << QStringList{ QStringLiteral( "flight.gpx" ), QStringLiteral( "inf" ) } << Action::UsageError
          << QStringLiteral( "unknown command 'flight.gpx'" );
      QTest::newRow( "subcommand keeps its own options" )
          << QStringList{ QStringLiteral( "info" ), QStringLiteral( "a.csv" ), QStringLiteral( "--json" ) }
          << Action::RunSubcommand << QStringLiteral( "info" );
      QTest::newRow( "subcommand with screenshot" )
          << QStringList{ QStringLiteral( "--screenshot" ), QStringLiteral( "x.png" ),
                          QStringLiteral( "info" ) }
          << Action::UsageError << QStringLiteral( "do not go with 'info'" );
    }

    void parse()
    {
      QFETCH( QStringList, arguments );
      QFETCH( Action, action );
      QFETCH( QString, detail );

      const Invocation invocation =
          sortie::cli::parse( QStringList{ QStringLiteral( "sortie" ) } + arguments );
      QCOMPARE( invocation.action, action );
      switch ( action )
      {
      case Action::OpenGui:
        QCOMPARE( invocation.screenshotPath, detail );
        break;
      case Action::UsageError:
        QVERIFY2( invocation.error.contains( detail ), qPrintable( invocation.error ) );
        QVERIFY( invocation.error.contains( QStringLiteral( "sortie --help" ) ) );
        break;
      case Action::RunSubcommand:
        QCOMPARE( invocation.subcommand, detail );
        break;
      case Action::ShowHelp:
      case Action::ShowVersion:
        break;
      }
    }

    void filesAndScreenshot()
    {
      const Invocation invocation = sortie::cli::parse(
          { QStringLiteral( "sortie" ), QStringLiteral( "--screenshot" ), QStringLiteral( "a.png" ),
            QStringLiteral( "x/events.json" ), QStringLiteral( "y.csv" ) } );
      QCOMPARE( invocation.action, Action::OpenGui );
      QCOMPARE( invocation.screenshotPath, QStringLiteral( "a.png" ) );
      QCOMPARE( invocation.files,
                ( QStringList{ QStringLiteral( "x/events.json" ), QStringLiteral( "y.csv" ) } ) );
    }

    void subcommandArgumentsArePassedThroughUnparsed()
    {
      const Invocation invocation = sortie::cli::parse(
          { QStringLiteral( "sortie" ), QStringLiteral( "export-pdf" ), QStringLiteral( "p.sortie.gpkg" ),
            QStringLiteral( "out.pdf" ), QStringLiteral( "--paper" ), QStringLiteral( "A3" ),
            QStringLiteral( "--help" ) } );
      QCOMPARE( invocation.action, Action::RunSubcommand );
      QCOMPARE( invocation.subcommandArguments,
                ( QStringList{ QStringLiteral( "p.sortie.gpkg" ), QStringLiteral( "out.pdf" ),
                               QStringLiteral( "--paper" ), QStringLiteral( "A3" ),
                               QStringLiteral( "--help" ) } ) );
    }

    void helpListsEveryCommandAndTheExitCodes()
    {
      const QString help = helpText();
      for ( const Subcommand &command : subcommands() )
        QVERIFY2( help.contains( QStringLiteral( "  " ) + command.name + QLatin1Char( ' ' ) ),
                  qPrintable( command.name ) );
      QVERIFY( help.contains( QStringLiteral( "0 success, 1 bad input" ) ) );
      QVERIFY( help.contains( QStringLiteral( "2 bad usage" ) ) );
      QVERIFY( help.endsWith( QLatin1Char( '\n' ) ) );
      // Readable in an 80-column terminal.
      for ( const QString &line : help.split( QLatin1Char( '\n' ) ) )
        QVERIFY2( line.size() <= 80, qPrintable( line ) );
    }

    void languageOption()
    {
      Invocation invocation = sortie::cli::parse( { QStringLiteral( "sortie" ),
                                                    QStringLiteral( "--language" ), QStringLiteral( "ko" ),
                                                    QStringLiteral( "info" ), QStringLiteral( "a.csv" ) } );
      QCOMPARE( invocation.action, Action::RunSubcommand );
      QCOMPARE( invocation.language, QStringLiteral( "ko" ) );
      QCOMPARE( invocation.subcommandArguments, QStringList{ QStringLiteral( "a.csv" ) } );

      invocation = sortie::cli::parse(
          { QStringLiteral( "sortie" ), QStringLiteral( "--language" ), QStringLiteral( "de" ) } );
      QCOMPARE( invocation.action, Action::UsageError );
      QVERIFY2( invocation.error.contains( QStringLiteral( "en, ko, ru" ) ), qPrintable( invocation.error ) );

      // A mistake after --language: its message is to be printed in that language.
      invocation = sortie::cli::parse( { QStringLiteral( "sortie" ), QStringLiteral( "--language" ),
                                         QStringLiteral( "ru" ), QStringLiteral( "--frobnicate" ) } );
      QCOMPARE( invocation.action, Action::UsageError );
      QCOMPARE( invocation.language, QStringLiteral( "ru" ) );
    }

    void knownCommands()
    {
      QStringList names;
      for ( const Subcommand &command : subcommands() )
        names.append( command.name );
      QCOMPARE( names, ( QStringList{ QStringLiteral( "info" ), QStringLiteral( "import" ),
                                      QStringLiteral( "sample" ), QStringLiteral( "export" ),
                                      QStringLiteral( "export-pdf" ), QStringLiteral( "render" ),
                                      QStringLiteral( "publish" ), QStringLiteral( "merge" ),
                                      QStringLiteral( "archive" ), QStringLiteral( "refdata" ) } ) );
    }
    // Last: it installs the translations for the rest of the run.
    void helpInKoreanAndRussianFitsATerminal_data()
    {
      QTest::addColumn<QString>( "language" );
      QTest::addColumn<QString>( "opening" );
      QTest::newRow( "ko" ) << QStringLiteral( "ko" ) << QStringLiteral( "사용법: sortie" );
      QTest::newRow( "ru" ) << QStringLiteral( "ru" ) << QStringLiteral( "Использование:" );
    }

    void helpInKoreanAndRussianFitsATerminal()
    {
      QFETCH( QString, language );
      QFETCH( QString, opening );
      qputenv( "SORTIE_TRANSLATIONS_DIR", SORTIE_BUILD_TRANSLATIONS_DIR );
      QString problem;
      QVERIFY2( sortie::localisation::installTranslators( language, &problem ), qPrintable( problem ) );
      const QString help = helpText();
      QVERIFY2( help.startsWith( opening ), qPrintable( help.left( 80 ) ) );
      QVERIFY( help.contains( QStringLiteral( "UTC" ) ) ); // times say their zone in every language
      for ( const Subcommand &command : subcommands() )
        QVERIFY( !help.contains( QString::fromLatin1( command.summary ) ) ); // summaries translated too
      // 80 terminal columns, a Hangul syllable taking two.
      for ( const QString &line : help.split( QLatin1Char( '\n' ) ) )
      {
        int columns = 0;
        for ( const QChar c : line )
          columns += ( c.unicode() >= 0x1100 && c.unicode() <= 0x115F ) ||
                             ( c.unicode() >= 0x2E80 && c.unicode() <= 0xA4CF ) ||
                             ( c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3 )
                         ? 2
                         : 1;
        QVERIFY2( columns <= 80,
                  qPrintable( QStringLiteral( "%1 columns: %2" ).arg( columns ).arg( line ) ) );
      }
    }
};

QTEST_GUILESS_MAIN( TestCommandLine )
#include "test_commandline.moc"
