#pragma once

// A PDF's text as a reader searching or copying it gets it, through poppler's pdftotext
// (package poppler-utils), for the tests of exported pages.

#include <QProcess>
#include <QString>

namespace sortie::test
{

/**
 * The text of @p pdf with runs of white space made single. -raw: in the order written,
 * without layout columns splitting the words. Empty when pdftotext cannot read it.
 */
inline QString pdfText( const QString &pdf )
{
  QProcess process;
  process.start( QStringLiteral( "pdftotext" ), { QStringLiteral( "-raw" ), pdf, QStringLiteral( "-" ) } );
  process.waitForFinished( 60000 );
  return QString::fromUtf8( process.readAllStandardOutput() ).simplified();
}

} // namespace sortie::test
