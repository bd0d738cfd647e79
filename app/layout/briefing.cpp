#include "app/layout/briefing.h"

#include "app/map/mapregion.h"
#include "app/map/workspacelayers.h"
#include "models/analysis/correlationfacts.h"
#include "models/time/utctext.h"
#include "models/workspace/workspace.h"

#include <qgsannotationlayer.h>
#include <qgscoordinatetransform.h>
#include <qgslayertree.h>
#include <qgslayoutexporter.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutmeasurement.h>
#include <qgslayoutpagecollection.h>
#include <qgslayouttablecolumn.h>
#include <qgslegendrenderer.h>
#include <qgsmaplayerlegend.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrectangle.h>
#include <qgstablecell.h>
#include <qgsvectorlayer.h>

#include <QDateTime>
#include <QDir>
#include <QTimeZone>

#include <set>

namespace sortie::briefing
{

namespace
{
// The page's fonts: DejaVu Sans without ligatures, so that the PDF's text reads and
// searches as typed ("flight", not "ﬂight"): the page is for people who copy from it.
QFont pageFont( double points, bool bold = false )
{
  QFont font( QStringLiteral( "DejaVu Sans" ) );
  font.setPointSizeF( points );
  font.setBold( bold );
  font.setStyleStrategy( QFont::PreferNoShaping );
  return font;
}

QgsLayoutItemLabel *addLabel( QgsPrintLayout &layout, const QString &text, double size, bool bold,
                              const QRectF &mm )
{
  auto *label = new QgsLayoutItemLabel( &layout );
  label->setText( text );
  label->setFont( pageFont( size, bold ) );
  layout.addLayoutItem( label ); // first: sizes are converted by the layout
  label->attemptMove( QgsLayoutPoint( mm.left(), mm.top(), QgsUnitTypes::LayoutMillimeters ) );
  label->attemptResize( QgsLayoutSize( mm.width(), mm.height(), QgsUnitTypes::LayoutMillimeters ) );
  return label;
}

// A source as the page cites it: outlet, "title".
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

// The map's extent: every leg and event place in the window, with a margin; else the region.
QgsRectangle extentOf( const Workspace &workspace, const TimeRange &window,
                       const QgsCoordinateReferenceSystem &crs, const QgsCoordinateTransformContext &context )
{
  QgsRectangle wgs84;
  auto include = [&wgs84]( const GeoPoint &p )
  {
    if ( wgs84.isNull() )
      wgs84 = QgsRectangle( p.longitude, p.latitude, p.longitude, p.latitude );
    else
      wgs84.include( QgsPointXY( p.longitude, p.latitude ) );
  };
  for ( std::size_t t = 0; t < workspace.tracks().size(); ++t )
  {
    for ( const Leg &leg : workspace.analyses()[t].legs )
    {
      if ( !legInWindow( leg, window ) )
        continue;
      for ( int i = leg.firstPoint; i <= leg.lastPoint; ++i )
        include( workspace.tracks()[t].position( i ) );
    }
  }
  for ( const Event &event : workspace.events() )
  {
    if ( !eventInWindow( event, window ) )
      continue;
    if ( const std::optional<GeoPoint> at = workspace.airbases().placePosition( event.place ) )
      include( *at );
  }
  if ( wgs84.isNull() )
    return mapregion::regionExtent( mapregion::defaultRegionWgs84(), crs );
  wgs84.grow( 3.0 ); // degrees: room for labels around the places
  const QgsRectangle projected = mapregion::regionExtent( wgs84, crs );
  Q_UNUSED( context )
  return projected;
}

// The legend: only layers and event kinds that this window draws. QGIS's own legend filter
// by map content ignores the temporal range, so it would list every kind ever imported.
void fillLegend( QgsLayoutItemLegend *legend, WorkspaceLayers &layers, const Workspace &workspace,
                 const TimeRange &window, QgsProject &project )
{
  legend->setAutoUpdateModel( false );
  QgsLayerTreeGroup *root = legend->model()->rootGroup();
  root->removeAllChildren();
  bool anyLeg = false, anyGap = false;
  for ( std::size_t t = 0; t < workspace.tracks().size(); ++t )
  {
    for ( const Leg &leg : workspace.analyses()[t].legs )
      anyLeg = anyLeg || legInWindow( leg, window );
    for ( const Gap &gap : workspace.analyses()[t].gaps )
      anyGap =
          anyGap || ( gap.inFlight && !gap.open && TimeRange{ gap.startMs, gap.endMs }.intersects( window ) );
  }
  std::set<QString> kinds;
  for ( const Event &event : workspace.events() )
  {
    // Only those drawn: with a place the map can put them at.
    if ( eventInWindow( event, window ) && workspace.airbases().placePosition( event.place ) )
      kinds.insert( eventKindName( event.kind ) );
  }
  if ( !kinds.empty() && layers.eventsLayer() )
  {
    QgsLayerTreeLayer *node = root->addLayer( layers.eventsLayer() );
    QList<int> shown;
    const QList<QgsLayerTreeModelLegendNode *> nodes = legend->model()->layerLegendNodes( node, true );
    for ( int i = 0; i < nodes.size(); ++i )
    {
      if ( kinds.count( nodes.at( i )->data( QgsLayerTreeModelLegendNode::RuleKeyRole ).toString() ) ||
           kinds.count( nodes.at( i )
                            ->data( Qt::DisplayRole )
                            .toString()
                            .replace( QLatin1Char( ' ' ), QLatin1Char( '-' ) ) ) )
        shown.append( i );
    }
    QgsMapLayerLegendUtils::setLegendNodeOrder( node, shown );
    legend->model()->refreshLayerLegend( node );
  }
  if ( anyGap && layers.gapsLayer() )
    root->addLayer( layers.gapsLayer() );
  if ( anyLeg && layers.legsLayer() )
    root->addLayer( layers.legsLayer() );
  if ( layers.airbasesLayer() )
    root->addLayer( layers.airbasesLayer() );
  Q_UNUSED( project )
}

QgsTableContents correlationRows( const Workspace &workspace, const TimeRange &window, QStringList *sources )
{
  QgsTableContents rows;
  for ( const Correlation &c : workspace.correlations() )
  {
    bool shown = false;
    for ( const QString &id : c.eventIds )
    {
      const int index = workspace.eventIndex( id );
      shown = shown || ( index >= 0 && eventInWindow( workspace.events().at( index ), window ) );
    }
    if ( !shown )
      continue;
    QStringList flights, events, cited;
    for ( const FlightRef &flight : c.flights )
      flights << describeFlight( workspace, flight );
    for ( const QString &id : c.eventIds )
    {
      const int index = workspace.eventIndex( id );
      events << ( index >= 0 ? workspace.events().at( index ).title : id );
    }
    for ( const SourceCitation &source : c.sources )
    {
      const QString text = citationText( source );
      cited << text;
      if ( !sources->contains( text ) )
        sources->append( text );
    }
    const QString confidence =
        c.likelihood.isEmpty()
            ? confidenceName( c.confidence )
            : QStringLiteral( "%1 (%2)" ).arg( confidenceName( c.confidence ), c.likelihood );
    rows.append( QgsTableRow{
        QgsTableCell( flights.join( QStringLiteral( "; " ) ) ),
        QgsTableCell( c.relation == Relation::Other ? c.relationText : relationText( c.relation ) ),
        QgsTableCell( events.join( QStringLiteral( "; " ) ) ),
        QgsTableCell( correlationFacts( workspace, c ).join( QLatin1Char( '\n' ) ) ), QgsTableCell( c.note ),
        QgsTableCell( confidence ), QgsTableCell( cited.join( QStringLiteral( "; " ) ) ) } );
  }
  return rows;
}
} // namespace

QString exportPdf( QgsProject &project, WorkspaceLayers &layers, const Workspace &workspace,
                   const Options &options, const QString &pdfPath )
{
  QgsPrintLayout layout( &project );
  layout.initializeDefaults();
  const QgsLayoutSize size = options.a3 ? QgsLayoutSize( 420, 297 ) : QgsLayoutSize( 297, 210 );
  const double width = options.portrait ? size.height() : size.width();
  const double height = options.portrait ? size.width() : size.height();
  layout.pageCollection()->page( 0 )->setPageSize(
      QgsLayoutSize( width, height, QgsUnitTypes::LayoutMillimeters ) );
  const double margin = 10;
  const double content = width - 2 * margin;

  addLabel( layout, options.title, 18, true, QRectF( margin, margin - 2, content, 10 ) );
  addLabel( layout, utcRangeText( options.window ), 10, false, QRectF( margin, margin + 8, content, 6 ) );

  // The map, and beside it (landscape) or under it (portrait) the legend.
  const double legendWidth = options.portrait ? content : 62;
  const double mapWidth = options.portrait ? content : content - legendWidth - 4;
  const double mapHeight = ( height - 2 * margin ) * ( options.portrait ? 0.45 : 0.52 );
  const double top = margin + 16;
  auto *map = new QgsLayoutItemMap( &layout );
  layout.addLayoutItem( map ); // first: sizes are converted by the layout
  map->attemptMove( QgsLayoutPoint( margin, top ) );
  map->attemptResize( QgsLayoutSize( mapWidth, mapHeight ) );
  map->setCrs( mapregion::defaultCrs() );
  map->setFrameEnabled( true );
  QList<QgsMapLayer *> mapLayers;
  for ( QgsMapLayer *layer : std::initializer_list<QgsMapLayer *>{
            layers.annotationLayer(), layers.eventsLayer(), layers.gapsLayer(), layers.legsLayer(),
            layers.airbasesLayer() } )
  {
    if ( layer )
      mapLayers << layer;
  }
  for ( QgsMapLayer *layer : project.mapLayers() )
  {
    if ( layer->name() == QObject::tr( "Countries" ) )
      mapLayers << layer; // the basemap, under everything
  }
  map->setLayers( mapLayers );
  map->setKeepLayerSet( true );
  map->setIsTemporal( true );
  map->setTemporalRange(
      QgsDateTimeRange( QDateTime::fromMSecsSinceEpoch( options.window.start, QTimeZone::utc() ),
                        QDateTime::fromMSecsSinceEpoch( options.window.end, QTimeZone::utc() ) ) );
  map->setBackgroundColor( QColor( 0xd6, 0xe2, 0xea ) );
  // Only the legs flown in the window (the legs layer is not time-enabled: on the
  // workbench the whole track is context). Put back as it was after the export.
  QStringList inWindow;
  for ( std::size_t t = 0; t < workspace.tracks().size(); ++t )
  {
    const QVector<Leg> &legs = workspace.analyses()[t].legs;
    for ( int l = 0; l < legs.size(); ++l )
    {
      if ( legInWindow( legs.at( l ), options.window ) )
        inWindow << QStringLiteral( "(\"track\" = %1 AND \"leg\" = %2)" ).arg( t ).arg( l );
    }
  }
  // The same for the gaps.
  QStringList gapsInWindow;
  for ( std::size_t t = 0; t < workspace.tracks().size(); ++t )
  {
    const QVector<Gap> &gaps = workspace.analyses()[t].gaps;
    for ( int g = 0; g < gaps.size(); ++g )
    {
      if ( TimeRange{ gaps.at( g ).startMs, gaps.at( g ).endMs }.intersects( options.window ) )
        gapsInWindow << QStringLiteral( "(\"track\" = %1 AND \"gap\" = %2)" ).arg( t ).arg( g );
    }
  }
  const QString legsBefore = layers.legsLayer() ? layers.legsLayer()->subsetString() : QString();
  const QString gapsBefore = layers.gapsLayer() ? layers.gapsLayer()->subsetString() : QString();
  auto only = []( const QStringList &terms )
  { return terms.isEmpty() ? QStringLiteral( "FALSE" ) : terms.join( QStringLiteral( " OR " ) ); };
  if ( layers.legsLayer() )
    layers.legsLayer()->setSubsetString( only( inWindow ) );
  if ( layers.gapsLayer() )
    layers.gapsLayer()->setSubsetString( only( gapsInWindow ) );
  layers.showAnnotationsIn( options.window );
  const QgsRectangle extent = extentOf( workspace, options.window, map->crs(), project.transformContext() );
  // A new map item has no extent, and zoomToExtent() takes its width to height ratio from
  // that: set one first, then fit the extent into the item's size.
  map->setExtent( extent );
  map->attemptResize( QgsLayoutSize( mapWidth, mapHeight ) );
  map->zoomToExtent( extent );

  auto *legend = new QgsLayoutItemLegend( &layout );
  layout.addLayoutItem( legend );
  legend->setTitle( QObject::tr( "In this window" ) );
  for ( const auto &[style, points, bold] :
        { std::tuple( QgsLegendStyle::Title, 12.0, true ), std::tuple( QgsLegendStyle::Group, 10.0, false ),
          std::tuple( QgsLegendStyle::Subgroup, 10.0, false ),
          std::tuple( QgsLegendStyle::SymbolLabel, 9.0, false ) } )
    legend->setStyleFont( style, pageFont( points, bold ) );
  legend->setLinkedMap( map );
  fillLegend( legend, layers, workspace, options.window, project );
  legend->attemptMove( options.portrait ? QgsLayoutPoint( margin, top + mapHeight + 4 )
                                        : QgsLayoutPoint( margin + mapWidth + 4, top ) );
  legend->adjustBoxSize();

  auto *scale = new QgsLayoutItemScaleBar( &layout );
  layout.addLayoutItem( scale );
  scale->setStyle( QStringLiteral( "Single Box" ) );
  scale->setLinkedMap( map );
  scale->setUnits( QgsUnitTypes::DistanceKilometers );
  scale->setUnitLabel( QObject::tr( "km" ) );
  scale->applyDefaultSize( QgsUnitTypes::DistanceKilometers ); // round numbers
  scale->attemptMove( QgsLayoutPoint( margin + 3, top + mapHeight - 14 ) );

  auto *north = new QgsLayoutItemPicture( &layout );
  layout.addLayoutItem( north );
  north->setPicturePath( QgsApplication::pkgDataPath() + QStringLiteral( "/svg/arrows/NorthArrow_02.svg" ) );
  north->setLinkedMap( map );
  north->setNorthMode( QgsLayoutItemPicture::TrueNorth );
  north->attemptMove( QgsLayoutPoint( margin + mapWidth - 14, top + 3 ) );
  north->attemptResize( QgsLayoutSize( 10, 12 ) );

  // The correlations shown, with their facts and sources.
  QStringList sources;
  const QgsTableContents rows = correlationRows( workspace, options.window, &sources );
  double below = top + mapHeight + ( options.portrait ? 45 : 5 );
  if ( !rows.isEmpty() )
  {
    auto *table = new QgsLayoutItemManualTable( &layout );
    QgsLayoutTableColumns headers;
    // Shares of the width: the facts and the note are the long ones.
    const QList<QPair<QString, double>> columns = {
        { QObject::tr( "Flights" ), 0.11 }, { QObject::tr( "Relation" ), 0.07 },
        { QObject::tr( "Events" ), 0.17 },  { QObject::tr( "What the data says" ), 0.25 },
        { QObject::tr( "Note" ), 0.2 },     { QObject::tr( "Confidence" ), 0.07 },
        { QObject::tr( "Sources" ), 0.13 } };
    QList<double> widths;
    for ( const auto &[heading, share] : columns )
    {
      headers << QgsLayoutTableColumn( heading );
      widths << content * share - 2.5; // less the cell margins
    }
    table->setIncludeTableHeader( true );
    table->setHeaders( headers );
    table->setTableContents( rows );
    table->setColumnWidths( widths );
    table->setWrapBehavior( QgsLayoutTable::WrapText );
    table->setContentFont( pageFont( 6.5 ) );
    table->setHeaderFont( pageFont( 6.5, true ) );
    layout.addMultiFrame( table );
    auto *frame = new QgsLayoutFrame( &layout, table );
    frame->attemptMove( QgsLayoutPoint( margin, below ) );
    frame->attemptResize( QgsLayoutSize( content, height - margin - 14 - below ) );
    table->addFrame( frame );
    below += height - margin - 14 - below;
  }

  // Footer: sources, when, what, page; and the line that reconstructed data must carry.
  for ( const Event &event : workspace.events() )
  {
    if ( !eventInWindow( event, options.window ) )
      continue;
    for ( const SourceCitation &source : event.sources )
    {
      const QString text = citationText( source );
      if ( !sources.contains( text ) )
        sources << text;
    }
  }
  bool reconstructed = false;
  for ( const Track &track : workspace.tracks() )
    reconstructed =
        reconstructed || track.source.note.contains( QLatin1String( "reconstructed" ), Qt::CaseInsensitive );
  QString footer =
      QObject::tr( "Sources: %1" )
          .arg( sources.isEmpty() ? QObject::tr( "none cited" ) : sources.join( QStringLiteral( "; " ) ) );
  if ( reconstructed )
    footer += QLatin1Char( '\n' ) + QObject::tr( "Tracks reconstructed from press reports; not ADS-B data." );
  footer += QLatin1Char( '\n' ) +
            QObject::tr( "Exported %1 UTC from %2 · page [% @layout_page %] of [% @layout_numpages %]" )
                .arg( utcMinuteText( QDateTime::currentMSecsSinceEpoch() ), options.projectName );
  addLabel( layout, footer, 6.5, false, QRectF( margin, height - margin - 12, content, 13 ) );

  QgsLayoutExporter exporter( &layout );
  struct RestoreSubset
  {
      QgsVectorLayer *layer;
      QString subset;
      ~RestoreSubset()
      {
        if ( layer )
          layer->setSubsetString( subset );
      }
  } restoreLegs{ layers.legsLayer(), legsBefore }, restoreGaps{ layers.gapsLayer(), gapsBefore };
  QgsLayoutExporter::PdfExportSettings settings;
  settings.forceVectorOutput = true;
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText; // selectable text
  settings.dpi = 300;
  settings.exportMetadata = false; // QGIS would write the login name as the author of a page handed over
  const QgsLayoutExporter::ExportResult result = exporter.exportToPdf( pdfPath, settings );
  if ( result != QgsLayoutExporter::Success )
    return QObject::tr( "Cannot write %1: %2" )
        .arg( QDir::toNativeSeparators( pdfPath ), exporter.errorFile() );
  return QString();
}

} // namespace sortie::briefing
