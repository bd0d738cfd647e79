// File > Export PDF: the briefing dialog, its preview and the export with progress.
#include "app/layout/briefing.h"
#include "app/layout/briefingparts.h"
#include "app/mainwindow.h"
#include "app/map/mapregion.h"
#include "app/project/projectcontroller.h"
#include "app/sortieapplication.h"
#include "models/analysis/correlationfacts.h"
#include "models/time/timecontroller.h"
#include "models/time/utctext.h"
#include "models/workspace/workspace.h"
#include "widgets/exportpdfdialog.h"

#include <qgsmapcanvas.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace sortie
{

namespace
{
constexpr double kPreviewDpi = 40;

briefing::Options briefingOptions( const ExportPdfSettings &settings, const QString &projectName,
                                   const QRectF &mapExtent )
{
  briefing::Options options;
  options.title = settings.title;
  options.subtitle = settings.subtitle;
  options.window = settings.window;
  options.a3 = settings.a3;
  options.portrait = settings.portrait;
  options.projectName = projectName;
  options.aircraftAt = settings.aircraftAt;
  options.mapExtent = mapExtent;
  options.graticule = settings.graticule;
  options.perCorrelation = settings.perCorrelation;
  options.correlationIds = settings.correlationIds;
  return options;
}
} // namespace

void MainWindow::exportBriefing()
{
  const QString projectPath = mProjectController->path();
  const QString projectName =
      projectPath.isEmpty() ? tr( "unsaved project" ) : QFileInfo( projectPath ).fileName();
  ExportPdfSettings initial;
  initial.title = tr( "Flights and events, %1" ).arg( projectName );
  const std::optional<TimeRange> selected = mTimeController->selectedWindow();
  initial.window = selected ? *selected : mTimeController->visibleRange();
  const std::int64_t now = mTimeController->currentTime();
  if ( initial.window.contains( now ) )
    initial.aircraftAt = now;
  const QString folder = projectPath.isEmpty() ? QDir::homePath() : QFileInfo( projectPath ).absolutePath();
  initial.path =
      QDir( folder ).filePath( QFileInfo( projectName ).baseName() + QStringLiteral( "-briefing.pdf" ) );

  QVector<ExportPdfDialog::CorrelationChoice> choices;
  const QVector<int> shown = briefingparts::correlationsIn( *mWorkspace, initial.window );
  for ( int i = 0; i < mWorkspace->correlations().size(); ++i )
  {
    const Correlation &correlation = mWorkspace->correlations().at( i );
    const QStringList flights = describeFlights( *mWorkspace, correlation );
    choices.append(
        { correlation.id,
          flights.join( QStringLiteral( "; " ) ) + QStringLiteral( ": " ) + correlation.note.left( 60 ),
          shown.contains( i ) } );
  }
  // The map as it is on screen, when the page's projection is the canvas's.
  const QRectF extent = mCanvas->mapSettings().destinationCrs() == mapregion::defaultCrs()
                            ? mCanvas->extent().toRectF()
                            : QRectF();

  auto *dialog = new ExportPdfDialog( initial, choices, this );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  // The pages are drawn from layers of their own: the canvas never flickers while the
  // preview or the export filters them. Gone with the dialog.
  auto scene = std::make_shared<briefing::Scene>( *mWorkspace, SortieApplication::basemapPath() );
  connect( dialog, &ExportPdfDialog::previewRequested, this,
           [this, dialog, scene, projectName, extent]
           {
             QString error;
             const std::optional<ExportPdfSettings> settings = dialog->settings( &error );
             if ( !settings )
             {
               dialog->setPreview( {}, error );
               return;
             }
             briefing::Document document( scene->project(), scene->layers(), *mWorkspace,
                                          briefingOptions( *settings, projectName, extent ) );
             QVector<QImage> pages;
             for ( int page = 0; page < document.pageCount(); ++page )
               pages << document.renderPage( page, kPreviewDpi );
             dialog->setPreview( pages );
           } );
  connect( dialog, &QDialog::accepted, this,
           [this, dialog, scene, projectName, extent]
           {
             const std::optional<ExportPdfSettings> settings = dialog->settings();
             if ( !settings )
               return;
             briefing::Document document( scene->project(), scene->layers(), *mWorkspace,
                                          briefingOptions( *settings, projectName, extent ) );
             QProgressDialog progress( tr( "Writing %1..." ).arg( QFileInfo( settings->path ).fileName() ),
                                       tr( "Cancel" ), 0, document.pageCount(), this );
             progress.setObjectName( QStringLiteral( "exportProgress" ) );
             progress.setWindowModality( Qt::WindowModal );
             progress.setMinimumDuration( 0 );
             progress.show();        // at once: a long export must be cancellable from its first page
             bool cancelled = false; // read before reset(), which forgets it
             const QString error =
                 document.writePdf( settings->path,
                                    [&progress, &cancelled]( int done, int total )
                                    {
                                      progress.setMaximum( total );
                                      progress.setValue( done );
                                      QCoreApplication::processEvents(); // Cancel is pressed here
                                      cancelled = progress.wasCanceled();
                                      return !cancelled;
                                    } );
             progress.reset();
             if ( cancelled )
               statusBar()->showMessage( tr( "Export cancelled; nothing written." ), 15000 );
             else if ( !error.isEmpty() )
               QMessageBox::warning( this, tr( "Cannot export the PDF" ), error );
             else
               statusBar()->showMessage(
                   ( document.pageCount() == 1
                         ? tr( "Exported 1 page to %1" ).arg( QDir::toNativeSeparators( settings->path ) )
                         : tr( "Exported %n pages to %1", nullptr, document.pageCount() )
                               .arg( QDir::toNativeSeparators( settings->path ) ) ),
                   15000 );
           } );
  dialog->open();
  dialog->requestPreview();
}

} // namespace sortie
