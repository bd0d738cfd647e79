#pragma once

#include "models/time/timerange.h"
#include "models/workspace/workspace.h"

#include <qgslayoutitemmanualtable.h>
#include <qgsrectangle.h>
#include <qgstablecell.h>

#include <QFont>
#include <QRectF>
#include <QSet>
#include <QStringList>

class QgsCoordinateReferenceSystem;
class QgsLayoutItemLabel;
class QgsLayoutItemLegend;
class QgsRenderContext;
class QgsLayoutItemMap;
class QgsPrintLayout;

namespace sortie
{
class WorkspaceLayers;

/**
 * The parts the briefing pages are made of (briefing.cpp puts them on pages): what a
 * window or a correlation shows, and the layout items that show it. Internal to the
 * export; nothing here keeps state.
 */
namespace briefingparts
{

/** Where a leg is in the workspace now: track and leg index, for one export (what is kept is a LegKey). */
using LegPosition = QPair<int, int>;

/** The page's font: DejaVu Sans without ligatures, so the PDF's text searches as typed. */
QFont pageFont( double points, bool bold = false );

/** A label at @p mm (millimetres from the top left of the layout, not of a page). */
QgsLayoutItemLabel *addLabel( QgsPrintLayout &layout, const QString &text, double points, bool bold,
                              const QRectF &mm );

/** A source as the page cites it: outlet, "title". */
QString citationText( const SourceCitation &source );

bool legInWindow( const Leg &leg, const TimeRange &window );
bool eventInWindow( const Event &event, const TimeRange &window );

/** The legs flown in @p window. */
QVector<LegPosition> legsIn( const Workspace &workspace, const TimeRange &window );
/** The correlations with an event in @p window, in the workspace's order. */
QVector<int> correlationsIn( const Workspace &workspace, const TimeRange &window );
/** From the first start to the last end of a correlation's legs and events, or invalid. */
TimeRange spanOf( const Workspace &workspace, const Correlation &correlation );

/**
 * The map extent in @p crs that holds @p legs and the places of @p eventIds, with room
 * for their labels; the default region when there is nothing to hold.
 */
QgsRectangle extentOf( const Workspace &workspace, const QVector<LegPosition> &legs,
                       const QStringList &eventIds, const QgsCoordinateReferenceSystem &crs );
/** The ids of the events in @p window that the map can place. */
QStringList placedEventsIn( const Workspace &workspace, const TimeRange &window );

/**
 * Fill @p legend with only the layers and event kinds drawn: @p legs and the events in
 * @p eventIds. QGIS's own filter by map content ignores the temporal range, so it would
 * list every kind ever imported. Airfields: the classes with a field in @p pageExtentWgs84.
 */
void fillLegend( QgsLayoutItemLegend *legend, WorkspaceLayers &layers, const Workspace &workspace,
                 const QVector<LegPosition> &legs, const QStringList &eventIds, const TimeRange &window,
                 const QgsRectangle &pageExtentWgs84 );

/** The table's row for a correlation; its sources are added to @p sources (once each). */
QgsTableRow correlationRow( const Workspace &workspace, const Correlation &correlation,
                            QStringList *sources );

/**
 * A manual table that says how many rows its frames show and how tall it must be to show
 * them all: QGIS keeps both protected, and the pages need them to continue a long table.
 */
class PagedTable : public QgsLayoutItemManualTable
{
  public:
    using QgsLayoutItemManualTable::QgsLayoutItemManualTable;
    /** The rows shown by frames 0 to @p frameIndex. */
    int rowsShownUpTo( QgsRenderContext &context, int frameIndex ) const;
    /** The least frame height (mm) that shows every row with the header; @p atMostMm when none does. */
    double heightForAllRows( QgsRenderContext &context, double atMostMm );
};

/** Give @p table the correlations' columns, @p rows and the page's fonts, @p widthMm wide. */
void shapeCorrelationTable( QgsLayoutItemManualTable *table, const QgsTableContents &rows, double widthMm );

/** A graticule on @p map in degrees, at a round interval giving a few lines across. */
void addGraticule( QgsLayoutItemMap *map );

/** The sources of the events in @p window, added to @p sources (once each). */
void addEventSources( const Workspace &workspace, const TimeRange &window, QStringList *sources );

/** Whether any track says it was reconstructed rather than received. */
bool hasReconstructedTracks( const Workspace &workspace );

} // namespace briefingparts
} // namespace sortie
