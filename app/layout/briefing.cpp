#include "app/layout/briefing.h"

#include "app/layout/briefingparts.h"
#include "app/layout/timelinestripitem.h"
#include "app/map/basemap.h"
#include "app/map/dataview.h"
#include "app/map/mapregion.h"
#include "app/map/temporalrange.h"
#include "app/map/workspacelayers.h"
#include "models/analysis/correlationfacts.h"
#include "models/time/utctext.h"
#include "models/workspace/workspace.h"
#include "widgets/timeline/timelinedata.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgslayoutexporter.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoututils.h>
#include <qgspaintenginehack.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPrinter>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sortie::briefing
{
using namespace briefingparts;

namespace
{
constexpr double kMargin = 10;       // mm, all round
constexpr double kFooterHeight = 12; // mm, at the bottom of every page
constexpr double kGap = 3;           // mm between parts
constexpr double kHeaderHeight = 16; // mm: title and subtitle
constexpr int kMaxTablePages = 40;

QString onlyThese( const QStringList &terms )
{
  return terms.isEmpty() ? QStringLiteral( "FALSE" ) : terms.join( QStringLiteral( " OR " ) );
}
} // namespace

Scene::Scene( const Workspace &workspace, const QString &basemapPath )
  : mProject( std::make_unique<QgsProject>() )
{
  QString error;
  if ( QgsVectorLayer *countries =
           basemap::createCountriesLayer( basemapPath, basemap::defaultPalette(), &error ) )
    mProject->addMapLayer( countries );
  mLayers = std::make_unique<WorkspaceLayers>( mProject.get(), nullptr );
  mLayers->rebuild( workspace );
}

Scene::~Scene()
{
  mLayers.reset();
  mProject->clear();
}

// Lays the pages out: one instance per Document, gone when it is built.
struct Document::Builder
{
    Builder( Document &document, QgsProject &project, WorkspaceLayers &layers, const Workspace &workspace,
             const Options &options, QgsPrintLayout &layout )
      : document( document )
      , project( project )
      , layers( layers )
      , workspace( workspace )
      , options( options )
      , layout( layout )
      , crs( options.crs.isValid() ? options.crs : dataview::crsFor( dataview::dataBounds( workspace ) ) )
    {
    }

    Document &document;
    QgsProject &project;
    WorkspaceLayers &layers;
    const Workspace &workspace;
    const Options &options;
    QgsPrintLayout &layout;
    const QgsCoordinateReferenceSystem crs; // every map of the document
    double pageWidth = 297;
    double pageHeight = 210;
    QStringList sources;
    QVector<TimelineEvent> timelineEvents;
    QVector<TimelineLane> lanes;

    double content() const { return pageWidth - 2 * kMargin; }
    double top() const { return kMargin + kHeaderHeight; }
    double bottom() const { return pageHeight - kMargin - kFooterHeight - 1; }

    // @p mm on page @p page, in the layout's coordinates.
    QRectF onPage( int page, const QRectF &mm ) const
    {
      return mm.translated( 0, layout.pageCollection()->page( page )->pos().y() );
    }

    int newPage()
    {
      layout.pageCollection()->extendByNewPage();
      return layout.pageCollection()->pageCount() - 1;
    }

    void addHeader( int page, const QString &title, const QString &subtitle )
    {
      addLabel( layout, title, 16, true, onPage( page, QRectF( kMargin, kMargin - 2, content(), 9 ) ) );
      addLabel( layout, subtitle, 9.5, false, onPage( page, QRectF( kMargin, kMargin + 7, content(), 6 ) ) );
    }

    QgsLayoutItemMap *addMap( int page, const QRectF &mm, const QgsRectangle &extent, const TimeRange &range,
                              bool withAircraft )
    {
      auto *map = new QgsLayoutItemMap( &layout );
      layout.addLayoutItem( map ); // first: sizes are converted by the layout
      map->attemptSetSceneRect( onPage( page, mm ) );
      map->setCrs( crs );
      map->setFrameEnabled( true );
      map->setLayers( layers.drawnLayers( withAircraft, basemap::countriesLayerIn( project ) ) );
      map->setKeepLayerSet( true );
      map->setIsTemporal( true );
      map->setTemporalRange( toDateTimeRange( range ) );
      map->setBackgroundColor( basemap::defaultPalette().sea );
      // A new map item has no extent, and zoomToExtent() takes its width to height ratio
      // from that: set one first, then fit the extent into the item's size.
      map->setExtent( extent );
      map->attemptResize( QgsLayoutSize( mm.width(), mm.height() ) );
      map->zoomToExtent( extent );
      if ( options.graticule )
        addGraticule( map );

      auto *scale = new QgsLayoutItemScaleBar( &layout );
      layout.addLayoutItem( scale );
      scale->setStyle( QStringLiteral( "Single Box" ) );
      scale->setLinkedMap( map );
      scale->setUnits( QgsUnitTypes::DistanceKilometers );
      scale->setUnitLabel( QObject::tr( "km" ) );
      scale->setTextFormat( QgsTextFormat::fromQFont( pageFont( 7 ) ) );
      scale->applyDefaultSize( QgsUnitTypes::DistanceKilometers ); // round numbers
      scale->setBackgroundEnabled( true );
      scale->setBackgroundColor( QColor( 255, 255, 255, 200 ) );
      // Above the graticule's labels along the bottom edge, when there are any.
      scale->attemptMove( QgsLayoutPoint( mm.left() + 3, mm.bottom() - ( options.graticule ? 17 : 13 ) ),
                          true, false, page );

      auto *north = new QgsLayoutItemPicture( &layout );
      layout.addLayoutItem( north );
      north->setPicturePath( QgsApplication::pkgDataPath() +
                             QStringLiteral( "/svg/arrows/NorthArrow_02.svg" ) );
      north->setLinkedMap( map );
      north->setNorthMode( QgsLayoutItemPicture::TrueNorth );
      north->attemptMove( QgsLayoutPoint( mm.right() - 13, mm.top() + 3 ), true, false, page );
      north->attemptResize( QgsLayoutSize( 9, 11 ) );
      return map;
    }

    // Filled and sized, so that its height can be planned for; placed by addMapPage().
    QgsLayoutItemLegend *addLegend( const QVector<LegPosition> &legs, const QStringList &eventIds,
                                    const TimeRange &range, int columns, const QgsRectangle &extent )
    {
      auto *legend = new QgsLayoutItemLegend( &layout );
      layout.addLayoutItem( legend );
      legend->setTitle( QObject::tr( "On this map" ) );
      for ( const auto &[style, points, bold] : { std::tuple( QgsLegendStyle::Title, 10.0, true ),
                                                  std::tuple( QgsLegendStyle::Group, 9.0, false ),
                                                  std::tuple( QgsLegendStyle::Subgroup, 8.5, false ),
                                                  std::tuple( QgsLegendStyle::SymbolLabel, 8.0, false ) } )
        legend->setStyleFont( style, pageFont( points, bold ) );
      legend->setColumnCount( columns );
      QgsRectangle extentWgs84;
      try
      {
        extentWgs84 =
            QgsCoordinateTransform( crs, mapregion::wgs84(), &project ).transformBoundingBox( extent );
      }
      catch ( const QgsCsException & )
      {
        extentWgs84 = QgsRectangle( -180, -90, 180, 90 ); // every class the layer has
      }
      fillLegend( legend, layers, workspace, legs, eventIds, range, extentWgs84 );
      legend->adjustBoxSize();
      return legend;
    }

    TimelineStripItem *addStrip( int page, double y, const TimeRange &range, double height )
    {
      auto *strip = new TimelineStripItem( &layout, timelineEvents, lanes, range );
      layout.addLayoutItem( strip );
      strip->attemptSetSceneRect( onPage( page, QRectF( kMargin, y, content(), height ) ) );
      return strip;
    }

    double stripHeight( const TimeRange &range ) const
    {
      return TimelineStripItem::heightFor( timelineEvents, lanes, range, content() );
    }

    // The table from @p y on page @p page, continued on new pages until every row is shown.
    // The correlations table with @p rows, in the layout but in no frame yet (see flowTable()).
    PagedTable *addTable( const QgsTableContents &rows )
    {
      auto *table = new PagedTable( &layout );
      shapeCorrelationTable( table, rows, content() );
      table->setHeaderMode( QgsLayoutTable::AllFrames ); // continued pages repeat the header
      table->setResizeMode( QgsLayoutMultiFrame::UseExistingFrames );
      layout.addMultiFrame( table );
      return table;
    }

    // @p table in frames from @p y on page @p page, continued on new pages until every row is shown.
    void flowTable( PagedTable *table, int page, double y )
    {
      const int rows = table->tableContents().size();
      QgsRenderContext context = QgsLayoutUtils::createRenderContextForLayout( &layout, nullptr );
      auto addFrame = [&]( int onPageIndex, double fromY )
      {
        auto *frame = new QgsLayoutFrame( &layout, table );
        frame->attemptSetSceneRect(
            onPage( onPageIndex, QRectF( kMargin, fromY, content(), bottom() - fromY ) ) );
        table->addFrame( frame );
        table->recalculateFrameSizes();
      };
      if ( bottom() - y >= 20 )
        addFrame( page, y );
      int added = 0;
      while ( table->frameCount() == 0 || table->rowsShownUpTo( context, table->frameCount() - 1 ) < rows )
      {
        const int before =
            table->frameCount() > 0 ? table->rowsShownUpTo( context, table->frameCount() - 1 ) : 0;
        if ( ++added > kMaxTablePages )
        {
          document.mWarnings
              << QObject::tr( "The correlations table was cut after %1 pages." ).arg( kMaxTablePages );
          break;
        }
        const int next = newPage();
        addHeader( next, options.title, QObject::tr( "Correlations, continued" ) );
        addFrame( next, top() );
        if ( table->rowsShownUpTo( context, table->frameCount() - 1 ) == before )
        {
          document.mWarnings << QObject::tr( "A correlation's row is taller than a page; it was cut." );
          break;
        }
      }
    }

    void addOverview()
    {
      const TimeRange &window = options.window;
      addHeader( 0, options.title, options.subtitle.isEmpty() ? utcRangeText( window ) : options.subtitle );
      const QVector<LegPosition> legs = legsIn( workspace, window );
      const QStringList events = placedEventsIn( workspace, window );
      QgsTableContents rows;
      for ( int index : correlationsIn( workspace, window ) )
        rows.append( correlationRow( workspace, workspace.correlations().at( index ), &sources ) );
      addEventSources( workspace, window, &sources );

      const QgsRectangle extent = options.mapExtent.isNull() ? extentOf( workspace, legs, events, crs )
                                                             : QgsRectangle( options.mapExtent );
      document.mOverviewMap =
          addMapPage( 0, window, legs, events, rows, extent, options.aircraftAt.has_value(), 0.5 );
    }

    /**
     * The body of a page: the map with its legend (beside it in landscape, under it in
     * portrait), the timeline strip of @p range and the table of @p rows. The strip is
     * as tall as its lanes, the legend and the table as tall as their contents; the map
     * takes the rest, but at least @p mapShare of the page's height (then the table goes
     * on over further pages).
     */
    QgsLayoutItemMap *addMapPage( int page, const TimeRange &range, const QVector<LegPosition> &legs,
                                  const QStringList &eventIds, const QgsTableContents &rows,
                                  const QgsRectangle &extent, bool withAircraft, double mapShare )
    {
      const double available = bottom() - top();
      QgsLayoutItemLegend *legend = addLegend( legs, eventIds, range, options.portrait ? 3 : 1, extent );
      const double legendHeight = options.portrait ? legend->rect().height() + kGap : 0;
      const double strip = stripHeight( range );
      PagedTable *table = rows.isEmpty() ? nullptr : addTable( rows );
      QgsRenderContext context = QgsLayoutUtils::createRenderContextForLayout( &layout, nullptr );
      const double tableHeight = table ? table->heightForAllRows( context, 1000 ) + 1 + kGap : 0;
      const double minimumMap = available * ( options.portrait ? mapShare * 0.8 : mapShare );
      const double mapHeight = std::max( minimumMap, available - legendHeight - strip - kGap - tableHeight );
      const double mapWidth = content() - ( options.portrait ? 0 : 62 + 4 );
      QgsLayoutItemMap *map =
          addMap( page, QRectF( kMargin, top(), mapWidth, mapHeight ), extent, range, withAircraft );
      legend->setLinkedMap( map );
      double y = top() + mapHeight + kGap;
      if ( options.portrait )
      {
        legend->attemptMove( QgsLayoutPoint( kMargin, y ), true, false, page );
        y += legendHeight;
      }
      else
        legend->attemptMove( QgsLayoutPoint( kMargin + mapWidth + 4, top() ), true, false, page );
      addStrip( page, y, range, strip );
      y += strip + kGap;
      if ( table )
        flowTable( table, page, y );
      return map;
    }

    void addCorrelationPage( int index, int number, int count )
    {
      const Correlation &correlation = workspace.correlations().at( index );
      const int page = newPage();
      TimeRange span = spanOf( workspace, correlation );
      if ( span.span() <= 0 && span.start == 0 )
        span = options.window;
      // Some time either side, so that the legs and events do not touch the strip's ends,
      // out to whole days: the axis reads from midnight to midnight.
      const std::int64_t day = 24 * 3600 * 1000LL;
      const std::int64_t pad = std::max<std::int64_t>( span.span() / 10, day / 2 );
      const auto floorDay = [day]( std::int64_t ms ) { return ms - ( ( ms % day ) + day ) % day; };
      span = TimeRange{ floorDay( span.start - pad ), floorDay( span.end + pad ) + day };
      const QString relation = correlation.relation == Relation::Other ? correlation.relationText
                                                                       : relationText( correlation.relation );
      const QStringList flights = describeFlights( workspace, correlation );
      addHeader(
          page, QObject::tr( "Correlation %1 of %2: %3" ).arg( number ).arg( count ).arg( relation ),
          QStringLiteral( "%1 · %2" ).arg( flights.join( QStringLiteral( "; " ) ), utcRangeText( span ) ) );

      const QgsTableContents rows{ correlationRow( workspace, correlation, &sources ) };
      const QVector<LegPosition> legs = correlationLegs( workspace, correlation );
      addMapPage( page, span, legs, correlation.eventIds, rows,
                  extentOf( workspace, legs, correlation.eventIds, crs ), false, 0.4 );
    }

    void addFooters()
    {
      QString footer = QObject::tr( "Sources: %1" )
                           .arg( sources.isEmpty() ? QObject::tr( "none cited" )
                                                   : sources.join( QStringLiteral( "; " ) ) );
      if ( hasReconstructedTracks( workspace ) )
        footer +=
            QLatin1Char( '\n' ) + QObject::tr( "Tracks reconstructed from press reports; not ADS-B data." );
      // A reader measuring on the page must know what the map is drawn in.
      const QString projection =
          crs.authid().isEmpty() ? crs.toProj()
                                 : crs.userFriendlyIdentifier( QgsCoordinateReferenceSystem::MediumString );
      footer +=
          QLatin1Char( '\n' ) +
          QObject::tr( "Exported %1 UTC from %2 · map projection %3 · page [% @layout_page %] of [% "
                       "@layout_numpages %]" )
              .arg( utcMinuteText( QDateTime::currentMSecsSinceEpoch() ), options.projectName, projection );
      for ( int page = 0; page < layout.pageCollection()->pageCount(); ++page )
        addLabel( layout, footer, 6.5, false,
                  onPage( page, QRectF( kMargin, pageHeight - kMargin - kFooterHeight, content(),
                                        kFooterHeight + 1 ) ) );
    }

    // Only the legs of the pages, and the gaps of the window: the workbench shows every leg
    // as context, the page what it is about.
    void filterLayers( const QVector<int> &correlationPages )
    {
      QVector<LegPosition> legs = legsIn( workspace, options.window );
      for ( int index : correlationPages )
        legs += correlationLegs( workspace, workspace.correlations().at( index ) );
      QStringList legTerms;
      // By identity, not by position: a filter names the flight it means.
      for ( const LegPosition &leg : legs )
      {
        const LegKey key = legKey( workspace, leg.first, leg.second );
        legTerms << QStringLiteral( "(\"track_id\" = %1 AND \"takeoff_ms\" = %2)" )
                        .arg( QgsExpression::quotedString( key.trackId ) )
                        .arg( key.takeoffMs );
      }
      legTerms.removeDuplicates();
      QStringList gapTerms;
      for ( std::size_t t = 0; t < workspace.analyses().size(); ++t )
      {
        const QVector<Gap> &gaps = workspace.analyses()[t].gaps;
        for ( int g = 0; g < gaps.size(); ++g )
        {
          if ( TimeRange{ gaps.at( g ).startMs, gaps.at( g ).endMs }.intersects( options.window ) )
            gapTerms << QStringLiteral( "(\"track_id\" = %1 AND \"start_ms\" = %2)" )
                            .arg( QgsExpression::quotedString( workspace.tracks()[t].id ) )
                            .arg( gaps.at( g ).startMs );
        }
      }
      if ( layers.legsLayer() )
      {
        document.mLegsSubsetBefore = layers.legsLayer()->subsetString();
        layers.legsLayer()->setSubsetString( onlyThese( legTerms ) );
      }
      if ( layers.gapsLayer() )
      {
        document.mGapsSubsetBefore = layers.gapsLayer()->subsetString();
        layers.gapsLayer()->setSubsetString( onlyThese( gapTerms ) );
      }
      layers.showAnnotationsIn( options.window );
      if ( layers.aircraftLayer() )
      {
        document.mAircraftTimeBefore = layers.aircraftLayer()->time();
        if ( options.aircraftAt )
          layers.aircraftLayer()->setTime( options.aircraftAt );
      }
    }

    void build()
    {
      layout.initializeDefaults();
      const QgsLayoutSize paper = options.a3 ? QgsLayoutSize( 420, 297 ) : QgsLayoutSize( 297, 210 );
      pageWidth = options.portrait ? paper.height() : paper.width();
      pageHeight = options.portrait ? paper.width() : paper.height();
      layout.pageCollection()->page( 0 )->setPageSize(
          QgsLayoutSize( pageWidth, pageHeight, QgsUnitTypes::LayoutMillimeters ) );
      timelineEvents = sortie::timelineEvents( workspace.events() );
      lanes = timelineLanes( workspace.tracks(), workspace.analyses() );

      QVector<int> correlationPages;
      if ( options.perCorrelation )
      {
        if ( options.correlationIds.isEmpty() )
          correlationPages = correlationsIn( workspace, options.window );
        for ( const QString &id : options.correlationIds )
        {
          for ( int i = 0; i < workspace.correlations().size(); ++i )
          {
            if ( workspace.correlations().at( i ).id == id )
              correlationPages << i;
          }
        }
      }
      filterLayers( correlationPages );
      addOverview();
      for ( int i = 0; i < correlationPages.size(); ++i )
        addCorrelationPage( correlationPages.at( i ), i + 1, correlationPages.size() );
      addFooters();
    }
};

Document::Document( QgsProject &project, WorkspaceLayers &layers, const Workspace &workspace,
                    const Options &options )
  : mLayout( std::make_unique<QgsPrintLayout>( &project ) )
  , mLayers( layers )
  , mTitle( options.title )
{
  Builder( *this, project, layers, workspace, options, *mLayout ).build();
}

Document::~Document()
{
  mLayout.reset();
  if ( mLayers.legsLayer() )
    mLayers.legsLayer()->setSubsetString( mLegsSubsetBefore );
  if ( mLayers.gapsLayer() )
    mLayers.gapsLayer()->setSubsetString( mGapsSubsetBefore );
  if ( mLayers.aircraftLayer() )
    mLayers.aircraftLayer()->setTime( mAircraftTimeBefore );
}

int Document::pageCount() const
{
  return mLayout->pageCollection()->pageCount();
}

QImage Document::renderPage( int page, double dpi ) const
{
  QgsLayoutExporter exporter( mLayout.get() );
  return exporter.renderPageToImage( page, QSize(), dpi );
}

QString Document::writePdf( const QString &pdfPath, const std::function<bool( int, int )> &progress )
{
  // QgsLayoutExporter::exportToPdf() has neither progress nor cancel in QGIS 3.22; this is
  // its path page by page: the printer as it sets it up, then renderPage() for each page.
  const QFileInfo target( pdfPath );
  if ( !target.absoluteDir().exists() )
    return QObject::tr( "Cannot write %1: its folder does not exist." )
        .arg( QDir::toNativeSeparators( pdfPath ) );
  const QString partial = target.absoluteDir().filePath(
      QStringLiteral( ".%1.%2.part" ).arg( target.fileName() ).arg( QDateTime::currentMSecsSinceEpoch() ) );
  const int pages = pageCount();
  const double dpi = 300;
  QgsLayoutRenderContext &context = mLayout->renderContext();
  context.setDpi( dpi );
  context.setFlag( QgsLayoutRenderContext::FlagForceVectorOutput, true );
  context.setFlag( QgsLayoutRenderContext::FlagUseAdvancedEffects,
                   false );                                          // QPrinter has no composition modes
  context.setTextRenderFormat( Qgis::TextRenderFormat::AlwaysText ); // selectable text
  {
    QPrinter printer( QPrinter::HighResolution );
    printer.setOutputFileName( partial );
    printer.setOutputFormat( QPrinter::PdfFormat );
    printer.setFullPage( true );
    printer.setColorMode( QPrinter::Color );
    printer.setResolution( static_cast<int>( dpi ) );
    printer.setCreator( QStringLiteral( "Sortie" ) ); // and no author: QGIS would write the login name
    printer.setDocName( mTitle );
    const QgsLayoutItemPage *first = mLayout->pageCollection()->page( 0 );
    printer.setPageSize( QPageSize( QSizeF( first->sizeWithUnits().width(), first->sizeWithUnits().height() ),
                                    QPageSize::Millimeter ) );
    printer.setPageOrientation( QPageLayout::Portrait ); // the size says which way round
    printer.setPageMargins( QMarginsF( 0, 0, 0, 0 ), QPageLayout::Millimeter );
    QgsPaintEngineHack::fixEngineFlags( printer.paintEngine() );
    QPainter painter;
    if ( !painter.begin( &printer ) )
      return QObject::tr( "Cannot write %1." ).arg( QDir::toNativeSeparators( pdfPath ) );
    QgsLayoutExporter exporter( mLayout.get() );
    for ( int page = 0; page < pages; ++page )
    {
      if ( progress && !progress( page, pages ) )
      {
        painter.end();
        QFile::remove( partial );
        return QObject::tr( "Cancelled." );
      }
      if ( page > 0 )
        printer.newPage();
      exporter.renderPage( &painter, page );
    }
    painter.end();
  }
  if ( progress )
    progress( pages, pages );
  // Georeferenced like QGIS's own export: the overview map's page can be measured on.
  QgsLayoutExporter( mLayout.get() ).georeferenceOutput( partial, mOverviewMap, QRectF(), dpi );
  // rename(2) replaces the old file in one step: a reader sees the old PDF or the new one.
  if ( std::rename( QFile::encodeName( partial ).constData(), QFile::encodeName( pdfPath ).constData() ) !=
       0 )
  {
    QFile::remove( partial );
    return QObject::tr( "Cannot write %1: %2" )
        .arg( QDir::toNativeSeparators( pdfPath ), QString::fromLocal8Bit( std::strerror( errno ) ) );
  }
  return QString();
}

QString exportPdf( QgsProject &project, WorkspaceLayers &layers, const Workspace &workspace,
                   const Options &options, const QString &pdfPath )
{
  Document document( project, layers, workspace, options );
  return document.writePdf( pdfPath );
}

} // namespace sortie::briefing
