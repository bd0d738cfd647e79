#include "app/layout/briefingparts.h"

#include "app/map/dataview.h"
#include "app/map/layerstyles.h"
#include "app/map/mapregion.h"
#include "app/map/workspacelayers.h"
#include "models/analysis/correlationfacts.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgslayertree.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitemmapgrid.h>
#include <qgslayouttablecolumn.h>
#include <qgslegendrenderer.h>
#include <qgsmaplayerlegend.h>
#include <qgsprintlayout.h>
#include <qgstextformat.h>

#include <cmath>
#include <set>

namespace sortie::briefingparts
{

QFont pageFont( double points, bool bold )
{
  QFont font( QStringLiteral( "DejaVu Sans" ) );
  font.setPointSizeF( points );
  font.setBold( bold );
  font.setStyleStrategy( QFont::PreferNoShaping );
  return font;
}

QgsLayoutItemLabel *addLabel( QgsPrintLayout &layout, const QString &text, double points, bool bold,
                              const QRectF &mm )
{
  auto *label = new QgsLayoutItemLabel( &layout );
  label->setText( text );
  label->setFont( pageFont( points, bold ) );
  layout.addLayoutItem( label ); // first: sizes are converted by the layout
  label->attemptSetSceneRect( mm );
  return label;
}

QString citationText( const SourceCitation &source )
{
  return source.title.isEmpty() ? source.outlet
                                : QStringLiteral( "%1, \"%2\"" ).arg( source.outlet, source.title );
}

bool legInWindow( const Leg &leg, const TimeRange &window )
{
  return TimeRange{ leg.startMs, leg.endMs }.intersects( window );
}

bool eventInWindow( const Event &event, const TimeRange &window )
{
  const auto [from, until] = event.interval();
  const std::int64_t start = from.toMSecsSinceEpoch();
  const std::int64_t end = std::max( until, from ).toMSecsSinceEpoch();
  return start < window.end && window.start <= end;
}

QVector<LegPosition> legsIn( const Workspace &workspace, const TimeRange &window )
{
  QVector<LegPosition> legs;
  for ( std::size_t t = 0; t < workspace.analyses().size(); ++t )
  {
    const QVector<Leg> &trackLegs = workspace.analyses()[t].legs;
    for ( int l = 0; l < trackLegs.size(); ++l )
    {
      if ( legInWindow( trackLegs.at( l ), window ) )
        legs.append( { static_cast<int>( t ), l } );
    }
  }
  return legs;
}

QVector<int> correlationsIn( const Workspace &workspace, const TimeRange &window )
{
  QVector<int> shown;
  for ( int i = 0; i < workspace.correlations().size(); ++i )
  {
    for ( const QString &id : workspace.correlations().at( i ).eventIds )
    {
      const int index = workspace.eventIndex( id );
      if ( index >= 0 && eventInWindow( workspace.events().at( index ), window ) )
      {
        shown.append( i );
        break;
      }
    }
  }
  return shown;
}

TimeRange spanOf( const Workspace &workspace, const Correlation &correlation )
{
  TimeRange span{ 0, 0 };
  auto include = [&span]( std::int64_t start, std::int64_t end )
  {
    if ( span.span() <= 0 && span.start == 0 )
      span = TimeRange{ start, end };
    else
      span = TimeRange{ std::min( span.start, start ), std::max( span.end, end ) };
  };
  for ( const LegPosition &leg : correlationLegs( workspace, correlation ) )
  {
    const Leg &l = workspace.analyses()[leg.first].legs.at( leg.second );
    include( l.startMs, l.endMs );
  }
  for ( const QString &id : correlation.eventIds )
  {
    const int index = workspace.eventIndex( id );
    if ( index < 0 )
      continue;
    const auto [from, until] = workspace.events().at( index ).interval();
    include( from.toMSecsSinceEpoch(), std::max( until, from ).toMSecsSinceEpoch() );
  }
  return span;
}

QStringList placedEventsIn( const Workspace &workspace, const TimeRange &window )
{
  QStringList ids;
  for ( const Event &event : workspace.events() )
  {
    if ( eventInWindow( event, window ) && workspace.airbases().placePosition( event.place ) )
      ids << event.id;
  }
  return ids;
}

QgsRectangle extentOf( const Workspace &workspace, const QVector<LegPosition> &legs,
                       const QStringList &eventIds, const QgsCoordinateReferenceSystem &crs )
{
  // A box that may cross the antimeridian (a leg from Anchorage to Petropavlovsk): a
  // plain min/max of longitudes would span the world the other way round.
  GeoBounds bounds = dataview::selectionBounds( workspace, legs, eventIds );
  if ( !bounds.valid )
    return mapregion::regionExtent( mapregion::defaultRegionWgs84(), crs );
  // Room for labels around the places; a single airfield still shows its surroundings.
  const double room = std::max( 3.0, 0.08 * std::max( bounds.widthDegrees(), bounds.heightDegrees() ) );
  const double east = bounds.unwrappedEast() + room;
  bounds.west -= room;
  bounds.east = east;
  bounds.south = std::max( -89.0, bounds.south - room );
  bounds.north = std::min( 89.0, bounds.north + room );
  return dataview::extentIn( bounds, crs, 0.0 );
}

void fillLegend( QgsLayoutItemLegend *legend, WorkspaceLayers &layers, const Workspace &workspace,
                 const QVector<LegPosition> &legs, const QStringList &eventIds, const TimeRange &window,
                 const QgsRectangle &pageExtentWgs84 )
{
  legend->setAutoUpdateModel( false );
  QgsLayerTreeGroup *root = legend->model()->rootGroup();
  root->removeAllChildren();
  bool anyGap = false;
  for ( std::size_t t = 0; t < workspace.analyses().size(); ++t )
  {
    for ( const Gap &gap : workspace.analyses()[t].gaps )
      anyGap =
          anyGap || ( gap.inFlight && !gap.open && TimeRange{ gap.startMs, gap.endMs }.intersects( window ) );
  }
  std::set<QString> kinds;
  for ( const QString &id : eventIds )
  {
    const int index = workspace.eventIndex( id );
    if ( index >= 0 )
    {
      // The legend's rows are known by their kind's name (rule key) or label (translated).
      kinds.insert( eventKindName( workspace.events().at( index ).kind ) );
      kinds.insert( eventKindLabel( workspace.events().at( index ).kind ) );
    }
  }
  if ( !kinds.empty() && layers.eventsLayer() )
  {
    QgsLayerTreeLayer *node = root->addLayer( layers.eventsLayer() );
    QList<int> shown;
    const QList<QgsLayerTreeModelLegendNode *> nodes = legend->model()->layerLegendNodes( node, true );
    for ( int i = 0; i < nodes.size(); ++i )
    {
      const QString key = nodes.at( i )->data( QgsLayerTreeModelLegendNode::RuleKeyRole ).toString();
      const QString label = nodes.at( i )->data( Qt::DisplayRole ).toString();
      if ( kinds.count( key ) || kinds.count( label ) )
        shown.append( i );
    }
    QgsMapLayerLegendUtils::setLegendNodeOrder( node, shown );
    legend->model()->refreshLayerLegend( node );
  }
  if ( anyGap && layers.gapsLayer() )
    root->addLayer( layers.gapsLayer() );
  if ( !legs.isEmpty() && layers.legsLayer() )
    root->addLayer( layers.legsLayer() );
  if ( QgsVectorLayer *airbases = layers.airbasesLayer() )
  {
    // Only the classes of field on the page (the worldwide file has seven).
    QgsLayerTreeLayer *node = root->addLayer( airbases );
    QList<int> shown;
    const QList<QgsLayerTreeModelLegendNode *> nodes = legend->model()->layerLegendNodes( node, true );
    for ( int i = 0; i < nodes.size(); ++i )
    {
      const QString key = nodes.at( i )->data( QgsLayerTreeModelLegendNode::RuleKeyRole ).toString();
      if ( layerstyles::airfieldClassPresent( airbases, key, pageExtentWgs84 ) )
        shown.append( i );
    }
    QgsMapLayerLegendUtils::setLegendNodeOrder( node, shown );
    // Its rows name the classes ("Airbases of this project", "Large airports"): no title.
    QgsLegendRenderer::setNodeLegendStyle( node, QgsLegendStyle::Hidden );
    legend->model()->refreshLayerLegend( node );
  }
}

QgsTableRow correlationRow( const Workspace &workspace, const Correlation &c, QStringList *sources )
{
  const QStringList flights = describeFlights( workspace, c );
  const QStringList events = eventTitles( workspace, c );
  QStringList cited;
  for ( const SourceCitation &source : c.sources )
  {
    const QString text = citationText( source );
    cited << text;
    if ( !sources->contains( text ) )
      sources->append( text );
  }
  const QString confidence =
      c.likelihood.isEmpty()
          ? confidenceText( c.confidence )
          : QStringLiteral( "%1 (%2)" ).arg( confidenceText( c.confidence ), c.likelihood );
  QgsTableRow row{
      QgsTableCell( flights.join( QStringLiteral( "; " ) ) ),
      QgsTableCell( c.relation == Relation::Other ? c.relationText : relationText( c.relation ) ),
      QgsTableCell( events.join( QStringLiteral( "; " ) ) ),
      QgsTableCell( correlationFacts( workspace, c ).join( QLatin1Char( '\n' ) ) ),
      QgsTableCell( c.note ),
      QgsTableCell( confidence ),
      QgsTableCell( cited.join( QStringLiteral( "; " ) ) ) };
  for ( QgsTableCell &cell : row )
    cell.setVerticalAlignment( Qt::AlignTop ); // read across from the top, as text is
  return row;
}

void shapeCorrelationTable( QgsLayoutItemManualTable *table, const QgsTableContents &rows, double widthMm )
{
  table->setGridStrokeWidth( 0.2 );
  // Each column gets its least width (its heading, or a word like "delegation", must fit:
  // a cell wraps only between words), then a share of what is left: the facts and the
  // note are the long ones.
  struct Column
  {
      QString heading;
      double leastMm;
      double share;
  };
  const QList<Column> columns = {
      { QObject::tr( "Flights" ), 17, 0.1 }, { QObject::tr( "Relation" ), 17, 0.02 },
      { QObject::tr( "Events" ), 20, 0.17 }, { QObject::tr( "What the data says" ), 30, 0.3 },
      { QObject::tr( "Note" ), 25, 0.25 },   { QObject::tr( "Confidence" ), 17, 0.02 },
      { QObject::tr( "Sources" ), 20, 0.14 } };
  // The table is as wide as its columns, their margins and its grid lines: together, the
  // width of the page's content, like the map and the timeline above it.
  const double gridLines = ( columns.size() + 1 ) * table->gridStrokeWidth();
  double least = gridLines;
  for ( const Column &column : columns )
    least += column.leastMm + 2 * table->cellMargin();
  const double spare = std::max( 0.0, widthMm - least );
  QgsLayoutTableColumns headers;
  QList<double> widths;
  for ( const Column &column : columns )
  {
    headers << QgsLayoutTableColumn( column.heading );
    widths << column.leastMm + spare * column.share;
  }
  table->setIncludeTableHeader( true );
  table->setHeaders( headers );
  table->setTableContents( rows );
  table->setColumnWidths( widths );
  table->setWrapBehavior( QgsLayoutTable::WrapText );
  table->setGridColor( QColor( 0x70, 0x70, 0x70 ) );
  table->setContentTextFormat( QgsTextFormat::fromQFont( pageFont( 6.5 ) ) );
  table->setHeaderTextFormat( QgsTextFormat::fromQFont( pageFont( 6.5, true ) ) );
}

int PagedTable::rowsShownUpTo( QgsRenderContext &context, int frameIndex ) const
{
  return rowRange( context, frameIndex ).second;
}

double PagedTable::heightForAllRows( QgsRenderContext &context, double atMostMm )
{
  calculateMaxRowHeights();
  if ( rowsVisible( context, atMostMm, 0, true, false ) < tableContents().size() )
    return atMostMm;
  // The least height that shows every row, to a tenth of a millimetre.
  double low = 0, high = atMostMm;
  while ( high - low > 0.1 )
  {
    const double middle = ( low + high ) / 2;
    ( rowsVisible( context, middle, 0, true, false ) >= tableContents().size() ? high : low ) = middle;
  }
  return high;
}

void addGraticule( QgsLayoutItemMap *map )
{
  const QgsCoordinateReferenceSystem degrees( QStringLiteral( "EPSG:4326" ) );
  QgsRectangle wgs84( -180, -90, 180, 90 );
  try
  {
    wgs84 = QgsCoordinateTransform( map->crs(), degrees, QgsCoordinateTransformContext() )
                .transformBoundingBox( map->extent() );
  }
  catch ( const QgsCsException & )
  {
    // keep the whole world: the coarsest interval
  }
  const double across = std::max( wgs84.width(), wgs84.height() );
  double interval = 30;
  for ( const double step : { 1.0, 2.0, 5.0, 10.0, 15.0, 30.0 } )
  {
    if ( across / step <= 8 )
    {
      interval = step;
      break;
    }
  }
  auto *grid = new QgsLayoutItemMapGrid( QObject::tr( "Graticule" ), map );
  grid->setCrs( degrees );
  grid->setIntervalX( interval );
  grid->setIntervalY( interval );
  grid->setStyle( QgsLayoutItemMapGrid::Solid );
  grid->setGridLineColor( QColor( 0x60, 0x70, 0x80, 110 ) );
  grid->setGridLineWidth( 0.15 );
  grid->setAnnotationEnabled( true );
  grid->setAnnotationFormat( QgsLayoutItemMapGrid::DecimalWithSuffix );
  grid->setAnnotationPrecision( 0 );
  grid->setAnnotationTextFormat( QgsTextFormat::fromQFont( pageFont( 5.5 ) ) );
  grid->setAnnotationPosition( QgsLayoutItemMapGrid::InsideMapFrame, QgsLayoutItemMapGrid::Left );
  grid->setAnnotationPosition( QgsLayoutItemMapGrid::InsideMapFrame, QgsLayoutItemMapGrid::Bottom );
  // Latitudes on the left, longitudes at the bottom: in a conic projection both kinds of
  // line cross every edge, and mixed labels on one edge read as nonsense.
  grid->setAnnotationDisplay( QgsLayoutItemMapGrid::LatitudeOnly, QgsLayoutItemMapGrid::Left );
  grid->setAnnotationDisplay( QgsLayoutItemMapGrid::LongitudeOnly, QgsLayoutItemMapGrid::Bottom );
  grid->setAnnotationDisplay( QgsLayoutItemMapGrid::HideAll, QgsLayoutItemMapGrid::Right );
  grid->setAnnotationDisplay( QgsLayoutItemMapGrid::HideAll, QgsLayoutItemMapGrid::Top );
  map->grids()->addGrid( grid );
}

void addEventSources( const Workspace &workspace, const TimeRange &window, QStringList *sources )
{
  for ( const Event &event : workspace.events() )
  {
    if ( !eventInWindow( event, window ) )
      continue;
    for ( const SourceCitation &source : event.sources )
    {
      const QString text = citationText( source );
      if ( !sources->contains( text ) )
        sources->append( text );
    }
  }
}

bool hasReconstructedTracks( const Workspace &workspace )
{
  for ( const Track &track : workspace.tracks() )
  {
    if ( track.source.note.contains( QLatin1String( "reconstructed" ), Qt::CaseInsensitive ) )
      return true;
  }
  return false;
}

} // namespace sortie::briefingparts
