#include "app/controllers/briefingcontroller.h"

#include "app/layout/briefing.h"
#include "app/layout/briefingparts.h"
#include "app/sortieapplication.h"
#include "models/analysis/correlationfacts.h"
#include "models/io/export/exporters.h"
#include "models/time/timecontroller.h"
#include "models/time/utctext.h"
#include "models/workspace/workspace.h"
#include "widgets/exportpdfdialog.h"

#include <qgsmapcanvas.h>

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
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
                                   const QgsCoordinateReferenceSystem &crs, const QRectF &mapExtent )
{
  briefing::Options options;
  options.title = settings.title;
  options.subtitle = settings.subtitle;
  options.window = settings.window;
  options.a3 = settings.a3;
  options.portrait = settings.portrait;
  options.projectName = projectName;
  options.aircraftAt = settings.aircraftAt;
  options.crs = crs;
  options.mapExtent = mapExtent;
  options.graticule = settings.graticule;
  options.perCorrelation = settings.perCorrelation;
  options.correlationIds = settings.correlationIds;
  return options;
}
} // namespace

BriefingController::BriefingController( const Workbench &workbench, std::function<QString()> projectPath,
                                        QObject *parent )
  : QObject( parent )
  , mWorkbench( workbench )
  , mProjectPath( std::move( projectPath ) )
{
  mExportAction = new QAction( tr( "&Export..." ), this );
  mExportAction->setObjectName( QStringLiteral( "actionExport" ) );
  mExportAction->setShortcut( QKeySequence( Qt::CTRL | Qt::Key_E ) );
  connect( mExportAction, &QAction::triggered, this, &BriefingController::chooseExportFile );
  mExportPdfAction = new QAction( tr( "Export &PDF..." ), this );
  mExportPdfAction->setObjectName( QStringLiteral( "actionExportPdf" ) );
  mExportPdfAction->setShortcut( QKeySequence( Qt::CTRL | Qt::Key_P ) );
  connect( mExportPdfAction, &QAction::triggered, this, &BriefingController::exportBriefing );
}

void BriefingController::chooseExportFile()
{
  QString filter;
  const QString path = QFileDialog::getSaveFileName(
      mWorkbench.window, tr( "Export for other tools" ), QString(),
      tr( "KML for Google Earth (*.kml);;GeoJSON, MF-JSON trajectories (*.geojson);;Events CSV (*.csv)" ),
      &filter );
  if ( path.isEmpty() )
    return;
  QString target = path;
  if ( QFileInfo( target ).suffix().isEmpty() ) // the chosen filter says the format
    target += filter.contains( QLatin1String( "*.kml" ) )   ? QStringLiteral( ".kml" )
              : filter.contains( QLatin1String( "*.csv" ) ) ? QStringLiteral( ".csv" )
                                                            : QStringLiteral( ".geojson" );
  const QString error = exporters::exportTo( *mWorkbench.workspace, target );
  if ( !error.isEmpty() )
    QMessageBox::warning( mWorkbench.window, tr( "Cannot export" ), error );
  else
    mWorkbench.statusBar->showMessage( tr( "Exported %1" ).arg( QDir::toNativeSeparators( target ) ), 15000 );
}

void BriefingController::exportBriefing()
{
  QgsMapCanvas *canvas = mWorkbench.canvas;
  const Workspace &workspace = *mWorkbench.workspace;
  const TimeController &time = *mWorkbench.time;
  const QString projectPath = mProjectPath();
  const QString projectName =
      projectPath.isEmpty() ? tr( "unsaved project" ) : QFileInfo( projectPath ).fileName();
  ExportPdfSettings initial;
  initial.title = tr( "Flights and events, %1" ).arg( projectName );
  const std::optional<TimeRange> selected = time.selectedWindow();
  initial.window = selected ? *selected : time.visibleRange();
  const std::int64_t now = time.currentTime();
  if ( initial.window.contains( now ) )
    initial.aircraftAt = now;
  const QString folder = projectPath.isEmpty() ? QDir::homePath() : QFileInfo( projectPath ).absolutePath();
  initial.path =
      QDir( folder ).filePath( QFileInfo( projectName ).baseName() + QStringLiteral( "-briefing.pdf" ) );

  QVector<ExportPdfDialog::CorrelationChoice> choices;
  const QVector<int> shown = briefingparts::correlationsIn( workspace, initial.window );
  for ( int i = 0; i < workspace.correlations().size(); ++i )
  {
    const Correlation &correlation = workspace.correlations().at( i );
    const QStringList flights = describeFlights( workspace, correlation );
    choices.append(
        { correlation.id,
          flights.join( QStringLiteral( "; " ) ) + QStringLiteral( ": " ) + correlation.note.left( 60 ),
          shown.contains( i ) } );
  }
  // The map as it is on screen: its projection and what it shows.
  const QgsCoordinateReferenceSystem crs = canvas->mapSettings().destinationCrs();
  const QRectF extent = canvas->extent().toRectF();

  auto *dialog = new ExportPdfDialog( initial, choices, mWorkbench.window );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  // The pages are drawn from layers of their own: the canvas never flickers while the
  // preview or the export filters them. Gone with the dialog.
  auto scene = std::make_shared<briefing::Scene>( workspace, SortieApplication::basemapPath() );
  connect( dialog, &ExportPdfDialog::previewRequested, this,
           [this, dialog, scene, projectName, crs, extent]
           {
             const Workspace &workspace = *mWorkbench.workspace;
             QString error;
             const std::optional<ExportPdfSettings> settings = dialog->settings( &error );
             if ( !settings )
             {
               dialog->setPreview( {}, error );
               return;
             }
             briefing::Document document( scene->project(), scene->layers(), workspace,
                                          briefingOptions( *settings, projectName, crs, extent ) );
             QVector<QImage> pages;
             for ( int page = 0; page < document.pageCount(); ++page )
               pages << document.renderPage( page, kPreviewDpi );
             dialog->setPreview( pages );
           } );
  connect( dialog, &QDialog::accepted, this,
           [this, dialog, scene, projectName, crs, extent]
           {
             const Workspace &workspace = *mWorkbench.workspace;
             const std::optional<ExportPdfSettings> settings = dialog->settings();
             if ( !settings )
               return;
             briefing::Document document( scene->project(), scene->layers(), workspace,
                                          briefingOptions( *settings, projectName, crs, extent ) );
             QProgressDialog progress( tr( "Writing %1..." ).arg( QFileInfo( settings->path ).fileName() ),
                                       tr( "Cancel" ), 0, document.pageCount(), mWorkbench.window );
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
               mWorkbench.statusBar->showMessage( tr( "Export cancelled; nothing written." ), 15000 );
             else if ( !error.isEmpty() )
               QMessageBox::warning( mWorkbench.window, tr( "Cannot export the PDF" ), error );
             else
               mWorkbench.statusBar->showMessage(
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
