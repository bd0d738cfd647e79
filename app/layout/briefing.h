#pragma once

#include "models/time/timerange.h"

#include <QString>

class QgsProject;

namespace sortie
{
class Workspace;
class WorkspaceLayers;

/**
 * The briefing page: a QGIS print layout of the flights and events in a time window, with
 * the analyst's correlations and annotations, written as a vector PDF (text stays text).
 *
 * Work in progress (issue "Export annotated maps as PDF"): the page has the title, the
 * window in UTC, the map (legs in the window, gaps dashed, airbases, events in the
 * window, annotations), a legend of what that window draws, a scale bar, a north arrow,
 * the correlations table and a footer with the sources, the export time, the project
 * name, page numbers and the reconstructed-data line. Not yet: the timeline strip, pages
 * per correlation, the preview dialog.
 */
namespace briefing
{

struct Options
{
    QString title;
    TimeRange window; //!< The page shows this; its subtitle says it in UTC.
    bool a3 = false;  //!< A3 instead of A4.
    bool portrait = false;
    QString projectName; //!< For the footer.
};

/**
 * Write the page for @p workspace, shown by @p layers (already in @p project, with the
 * basemap), to @p pdfPath. Returns empty on success, else why not.
 */
QString exportPdf( QgsProject &project, WorkspaceLayers &layers, const Workspace &workspace,
                   const Options &options, const QString &pdfPath );

} // namespace briefing
} // namespace sortie
