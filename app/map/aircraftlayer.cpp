#include "app/map/aircraftlayer.h"

#include "models/geo/geodesy.h"
#include "models/time/duration.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmaplayerrenderer.h>
#include <qgsmaptopixel.h>
#include <qgsrendercontext.h>

#include <QPainter>
#include <QFontMetricsF>
#include <QPainterPath>

#include <cmath>

namespace sortie
{

namespace
{
// Active so that QGIS drops this layer's cached image whenever the time changes, and
// visible at every time: the layer decides itself what a moment shows.
class MomentTemporalProperties : public QgsMapLayerTemporalProperties
{
  public:
    explicit MomentTemporalProperties( QObject *parent )
      : QgsMapLayerTemporalProperties( parent, true )
    {
    }
    QDomElement writeXml( QDomElement &element, QDomDocument &, const QgsReadWriteContext & ) override { return element; }
    bool readXml( const QDomElement &, const QgsReadWriteContext & ) override { return true; }
    void setDefaultsFromDataProviderTemporalCapabilities( const QgsDataProviderTemporalCapabilities * ) override {}
    bool isVisibleInTemporalRange( const QgsDateTimeRange & ) const override { return true; }
};

const QColor kLiveColor( 0xd3, 0x54, 0x00 );
const QColor kDarkColor( 0x6e, 0x6e, 0x6e );

class AircraftRenderer : public QgsMapLayerRenderer
{
  public:
    AircraftRenderer( const QString &layerId, QgsRenderContext *context, AircraftSnapshot aircraft, std::optional<std::int64_t> time,
                      std::int64_t trailLengthMs )
      : QgsMapLayerRenderer( layerId, context )
      , mAircraft( std::move( aircraft ) )
      , mTime( time )
      , mTrailLengthMs( trailLengthMs )
    {
    }

    bool render() override;

  private:
    // What one aircraft needs drawn, gathered before any transform.
    struct Pending
    {
      const AircraftEntry *entry = nullptr;
      PositionAt now;
      int positionIndex = -1; // into the frame's coordinate arrays
      int aheadIndex = -1;
      QVector<QPair<int, int>> trailPieces; // [first, last] into the arrays
    };

    void gather( const AircraftEntry &entry, std::int64_t time, QVector<Pending> &pending );
    void drawTrail( QgsRenderContext &context, const Pending &item, const QVector<QPointF> &pixels ) const;
    void drawAircraft( QgsRenderContext &context, const Pending &item, const QVector<QPointF> &pixels ) const;
    int add( const GeoPoint &p, int fadeStep );

    AircraftSnapshot mAircraft;
    std::optional<std::int64_t> mTime;
    std::int64_t mTrailLengthMs;
    // Every point of the frame, transformed in one batch: a transform call has a fixed
    // cost far above its per-point cost, and a frame has hundreds of aircraft.
    QVector<double> mX, mY, mZ;
    QVector<int> mFade;
    // Labels already drawn this frame: a label that would overlap one is left out.
    mutable QVector<QRectF> mLabelRects;
};

constexpr int kTrailSamples = 64; // a trail is a few dozen pixels long: more fixes add nothing
constexpr int kFadeSteps = 8;

int AircraftRenderer::add( const GeoPoint &p, int fadeStep )
{
  mX.append( p.longitude );
  mY.append( p.latitude );
  mZ.append( 0.0 );
  mFade.append( fadeStep );
  return mX.size() - 1;
}

void AircraftRenderer::gather( const AircraftEntry &entry, std::int64_t time, QVector<Pending> &pending )
{
  const std::optional<PositionAt> now = positionAt( entry.track, time, entry.endedInFlight );
  if ( !now )
    return;
  Pending item;
  item.entry = &entry;
  item.now = *now;
  const Track &track = entry.track;
  // Trail: every stride-th fix of each gap-free piece, read in place; long segments
  // densified so that they follow the great circle; the last piece ends at the aircraft.
  const QVector<QPair<int, int>> ranges = trailRanges( track, time, mTrailLengthMs );
  for ( int r = 0; r < ranges.size(); ++r )
  {
    const auto [first, last] = ranges.at( r );
    QVector<int> indices;
    const int stride = std::max( 1, ( last - first + 1 ) / kTrailSamples );
    for ( int i = first; i <= last; i += stride )
      indices.append( i );
    if ( indices.last() != last )
      indices.append( last );
    const int begin = mX.size();
    GeoPoint previous;
    auto fadeOf = [&]( std::int64_t t ) {
      const double age = static_cast<double>( time - t ) / std::max<std::int64_t>( 1, mTrailLengthMs );
      return std::clamp( static_cast<int>( kFadeSteps * age ), 0, kFadeSteps - 1 );
    };
    auto append = [&]( const GeoPoint &p, std::int64_t t, bool first ) {
      if ( !first && geodesy::distanceMetres( previous, p ) > 50000 )
      {
        for ( const GeoPoint &v : geodesy::densify( previous, p, 50000 ).mid( 1 ) )
          add( v, fadeOf( t ) );
      }
      else
        add( p, fadeOf( t ) );
      previous = p;
    };
    for ( int k = 0; k < indices.size(); ++k )
      append( track.position( indices.at( k ) ), track.timeMs( indices.at( k ) ), k == 0 );
    if ( r == ranges.size() - 1 && now->state == PositionAt::State::Live && now->sinceLastFixMs > 0 )
      append( now->position, time, false );
    if ( mX.size() - begin >= 2 )
      item.trailPieces.append( { begin, mX.size() - 1 } );
  }
  item.positionIndex = add( now->position, 0 );
  // The heading on screen, whatever the projection: towards a point 20 km ahead.
  item.aheadIndex = add( geodesy::destinationPoint( now->position, now->headingDegrees, 20000.0 ), 0 );
  pending.append( item );
}

bool AircraftRenderer::render()
{
  QgsRenderContext &context = *renderContext();
  if ( !mAircraft || mTrailLengthMs < 0 )
    return true;
  std::int64_t time = 0;
  if ( mTime )
    time = *mTime;
  else if ( context.isTemporal() && context.temporalRange().end().isValid() )
    time = context.temporalRange().end().toMSecsSinceEpoch();
  else
    return true; // no moment: nothing to show

  QVector<Pending> pending;
  for ( const AircraftEntry &entry : *mAircraft )
    gather( entry, time, pending );
  if ( pending.isEmpty() || context.renderingStopped() )
    return true;

  try
  {
    if ( context.coordinateTransform().isValid() )
      context.coordinateTransform().transformInPlace( mX, mY, mZ );
  }
  catch ( const QgsCsException & )
  {
    return true; // outside the projection's area: nothing rather than something wrong
  }
  QVector<QPointF> pixels( mX.size() );
  for ( int i = 0; i < mX.size(); ++i )
  {
    const QgsPointXY p = context.mapToPixel().transform( mX.at( i ), mY.at( i ) );
    pixels[i] = QPointF( p.x(), p.y() );
  }

  QPainter *painter = context.painter();
  painter->save();
  painter->setRenderHint( QPainter::Antialiasing, true );
  for ( const Pending &item : pending )
    drawTrail( context, item, pixels );
  for ( const Pending &item : pending )
  {
    if ( context.renderingStopped() )
      break;
    drawAircraft( context, item, pixels );
  }
  painter->restore();
  return true;
}

void AircraftRenderer::drawTrail( QgsRenderContext &context, const Pending &item, const QVector<QPointF> &pixels ) const
{
  QVector<QPolygonF> byAge[kFadeSteps];
  for ( const auto &[first, last] : item.trailPieces )
  {
    QPolygonF current;
    int currentStep = -1;
    for ( int k = first; k <= last; ++k )
    {
      const QPointF pixel = pixels.at( k );
      if ( !std::isfinite( pixel.x() ) || !std::isfinite( pixel.y() ) )
        continue;
      if ( !current.isEmpty() && std::abs( pixel.x() - current.last().x() ) < 1.0 && std::abs( pixel.y() - current.last().y() ) < 1.0 )
        continue; // within a pixel of the last point drawn
      if ( mFade.at( k ) != currentStep && !current.isEmpty() )
      {
        // A new fade step continues from where the last one ended.
        const QPointF joint = current.last();
        if ( current.size() >= 2 )
          byAge[currentStep].append( current );
        current = QPolygonF() << joint;
      }
      currentStep = mFade.at( k );
      current.append( pixel );
    }
    if ( current.size() >= 2 && currentStep >= 0 )
      byAge[currentStep].append( current );
  }
  QPainter *painter = context.painter();
  const double width = context.convertToPainterUnits( 0.7, QgsUnitTypes::RenderMillimeters );
  for ( int step = 0; step < kFadeSteps; ++step )
  {
    if ( byAge[step].isEmpty() )
      continue;
    QColor color = kLiveColor;
    color.setAlphaF( 0.15 + 0.75 * ( 1.0 - ( step + 0.5 ) / kFadeSteps ) ); // newest opaque, oldest faint
    painter->setPen( QPen( color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin ) );
    for ( const QPolygonF &line : byAge[step] )
      painter->drawPolyline( line );
  }
}

void AircraftRenderer::drawAircraft( QgsRenderContext &context, const Pending &item, const QVector<QPointF> &pixels ) const
{
  const QPointF at = pixels.at( item.positionIndex );
  const QPointF ahead = pixels.at( item.aheadIndex );
  if ( !std::isfinite( at.x() ) || !std::isfinite( at.y() ) )
    return;
  double angle = 0;
  if ( std::isfinite( ahead.x() ) && std::isfinite( ahead.y() ) && ahead != at )
    angle = std::atan2( ahead.y() - at.y(), ahead.x() - at.x() ) * 180.0 / M_PI + 90.0;

  QPainter *painter = context.painter();
  const double size = context.convertToPainterUnits( 4.2, QgsUnitTypes::RenderMillimeters );
  const bool dark = item.now.state == PositionAt::State::Dark;
  QPainterPath plane; // an arrowhead pointing up, rotated to the heading
  plane.moveTo( 0, -size / 2 );
  plane.lineTo( size * 0.38, size / 2 );
  plane.lineTo( 0, size * 0.25 );
  plane.lineTo( -size * 0.38, size / 2 );
  plane.closeSubpath();
  painter->save();
  painter->translate( at );
  painter->rotate( angle );
  if ( dark )
  {
    painter->setBrush( Qt::white );
    painter->setPen( QPen( kDarkColor, context.convertToPainterUnits( 0.4, QgsUnitTypes::RenderMillimeters ), Qt::DashLine ) );
  }
  else
  {
    painter->setBrush( kLiveColor );
    painter->setPen( QPen( Qt::white, context.convertToPainterUnits( 0.3, QgsUnitTypes::RenderMillimeters ) ) );
  }
  painter->drawPath( plane );
  painter->restore();

  // Label with a white halo: who, and how long dark. Drawn as text four times offset for
  // the halo: text-to-path for hundreds of labels a frame costs more than the map.
  QString label = item.entry->label;
  if ( dark )
    label += QObject::tr( " · dark %1" ).arg( formatDuration( item.now.sinceLastFixMs ) );
  QFont font = painter->font();
  font.setPixelSize( std::max( 8, static_cast<int>( context.convertToPainterUnits( 2.6, QgsUnitTypes::RenderMillimeters ) ) ) );
  painter->setFont( font );
  const QPointF origin = at + QPointF( size * 0.7, -size * 0.2 );
  // Dense traffic: a label overlapping one already drawn is left out (the marker stays),
  // which keeps the map readable and spares the text drawing.
  const QFontMetricsF metrics( font );
  const QRectF box( origin.x(), origin.y() - metrics.ascent(), metrics.horizontalAdvance( label ), metrics.height() );
  for ( const QRectF &taken : mLabelRects )
  {
    if ( taken.intersects( box ) )
      return;
  }
  mLabelRects.append( box );
  const double halo = std::max( 1.0, context.convertToPainterUnits( 0.3, QgsUnitTypes::RenderMillimeters ) );
  painter->setPen( QColor( 255, 255, 255, 230 ) );
  for ( const QPointF &offset : { QPointF( -halo, 0 ), QPointF( halo, 0 ), QPointF( 0, -halo ), QPointF( 0, halo ) } )
    painter->drawText( origin + offset, label );
  painter->setPen( dark ? kDarkColor : QColor( 0x22, 0x22, 0x22 ) );
  painter->drawText( origin, label );
}
} // namespace

AircraftLayer::AircraftLayer( const QString &name )
  : QgsPluginLayer( pluginType(), name.isEmpty() ? tr( "Aircraft" ) : name )
  , mTemporalProperties( std::make_unique<MomentTemporalProperties>( this ) )
{
  setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ) );
  setValid( true );
}

AircraftLayer::~AircraftLayer() = default;

void AircraftLayer::setAircraft( AircraftSnapshot aircraft )
{
  mAircraft = std::move( aircraft );
  triggerRepaint();
}

void AircraftLayer::setTime( std::optional<std::int64_t> timeMs )
{
  if ( timeMs == mTime )
    return;
  mTime = timeMs;
  triggerRepaint();
}

void AircraftLayer::setTrailLengthMs( std::int64_t lengthMs )
{
  mTrailLengthMs = std::max<std::int64_t>( 0, lengthMs );
  triggerRepaint();
}

QgsPluginLayer *AircraftLayer::clone() const
{
  auto *copy = new AircraftLayer( name() );
  copy->mAircraft = mAircraft;
  copy->mTime = mTime;
  copy->mTrailLengthMs = mTrailLengthMs;
  return copy;
}

QgsMapLayerRenderer *AircraftLayer::createMapRenderer( QgsRenderContext &context )
{
  return new AircraftRenderer( id(), &context, mAircraft, mTime, mTrailLengthMs );
}

QgsRectangle AircraftLayer::extent() const
{
  QgsRectangle extent;
  if ( !mAircraft )
    return extent;
  for ( const AircraftEntry &entry : *mAircraft )
  {
    for ( int i = 0; i < entry.track.size(); ++i )
    {
      const GeoPoint p = entry.track.position( i );
      if ( extent.isNull() )
        extent = QgsRectangle( p.longitude, p.latitude, p.longitude, p.latitude );
      else
        extent.include( QgsPointXY( p.longitude, p.latitude ) );
    }
  }
  return extent;
}

void AircraftLayer::setTransformContext( const QgsCoordinateTransformContext & )
{
  // Positions are WGS84 and transformed with the render context's transform.
}

bool AircraftLayer::readSymbology( const QDomNode &, QString &, QgsReadWriteContext &, StyleCategories )
{
  return true; // drawn in code; nothing to read
}

bool AircraftLayer::writeSymbology( QDomNode &, QDomDocument &, QString &, const QgsReadWriteContext &, StyleCategories ) const
{
  return true;
}

QgsMapLayerTemporalProperties *AircraftLayer::temporalProperties()
{
  return mTemporalProperties.get();
}

} // namespace sortie
