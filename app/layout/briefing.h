#pragma once

#include "models/time/timerange.h"

#include <qgscoordinatereferencesystem.h>

#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QgsLayoutItemMap;
class QgsPrintLayout;
class QgsProject;

namespace sortie
{
class Workspace;
class WorkspaceLayers;

/**
 * The briefing: QGIS print layout pages of the flights and events in a time window, with
 * the analyst's correlations and annotations, written as a vector PDF (text stays text).
 *
 * The overview page has the title and subtitle (the window in UTC), the map of the window
 * (legs in it, gaps dashed, aircraft at a chosen time, airbases, events, annotations), a
 * legend of what that window draws, a scale bar, a north arrow, an optional graticule, the
 * timeline strip of the window, the correlations table (continued on further pages when
 * long) and a footer with the sources, the export time, the project and page numbers, and
 * the reconstructed-data line when the tracks are reconstructions. Optionally one page per
 * correlation follows, zoomed to its legs and events.
 */
namespace briefing
{

struct Options
{
    QString title;
    QString subtitle; //!< Empty: the window in UTC.
    TimeRange window; //!< The overview shows this.
    bool a3 = false;  //!< A3 instead of A4.
    bool portrait = false;
    QString projectName;                    //!< For the footer.
    std::optional<std::int64_t> aircraftAt; //!< Draw the aircraft where they were then (UTC ms).
    /**
     * The maps' projection: the canvas's or the one saved with the project. Invalid: one
     * chosen for the data (dataview::crsFor()), as the window does for a project without a map.
     */
    QgsCoordinateReferenceSystem crs;
    QRectF mapExtent; //!< The overview's extent in `crs`; null: fit to the window.
    bool graticule = false;
    bool perCorrelation = false; //!< A page for each correlation after the overview.
    QStringList correlationIds;  //!< Those pages: these; empty: every correlation in the window.
};

/**
 * The map layers of a briefing in a project of their own (the basemap and a workspace's
 * layers): an export never changes what the workbench's canvas shows.
 */
class Scene
{
  public:
    Scene( const Workspace &workspace, const QString &basemapPath );
    ~Scene();
    QgsProject &project() { return *mProject; }
    WorkspaceLayers &layers() { return *mLayers; }

  private:
    std::unique_ptr<QgsProject> mProject;
    std::unique_ptr<WorkspaceLayers> mLayers;
};

/**
 * The pages for @p options, laid out on construction. Shows only the legs of its pages
 * (subset strings on the layers of @p layers) until destroyed.
 */
class Document
{
  public:
    Document( QgsProject &project, WorkspaceLayers &layers, const Workspace &workspace,
              const Options &options );
    ~Document();
    Document( const Document & ) = delete;
    Document &operator=( const Document & ) = delete;

    int pageCount() const;
    /** Page @p page (from 0) as an image at @p dpi: the preview. */
    QImage renderPage( int page, double dpi ) const;
    /** Warnings from laying out, e.g. a table row taller than a page. */
    QStringList warnings() const { return mWarnings; }
    QgsPrintLayout &layout() { return *mLayout; }

    /**
     * Write the PDF to @p pdfPath, page by page, calling @p progress (pages done, pages)
     * before each; it returns false to cancel. The file appears whole or not at all: the
     * pages go to a temporary file beside it, renamed over it at the end. Returns empty on
     * success, else why not ("Cancelled." when cancelled).
     */
    QString writePdf( const QString &pdfPath, const std::function<bool( int, int )> &progress = {} );

  private:
    struct Builder;
    std::unique_ptr<QgsPrintLayout> mLayout;
    WorkspaceLayers &mLayers;
    QgsLayoutItemMap *mOverviewMap = nullptr;
    QString mLegsSubsetBefore;
    QString mGapsSubsetBefore;
    std::optional<std::int64_t> mAircraftTimeBefore;
    QStringList mWarnings;
    QString mTitle;
};

/** Lay out and write the pages in one go. Returns empty on success, else why not. */
QString exportPdf( QgsProject &project, WorkspaceLayers &layers, const Workspace &workspace,
                   const Options &options, const QString &pdfPath );

} // namespace briefing
} // namespace sortie
