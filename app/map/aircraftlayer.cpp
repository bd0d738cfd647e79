#include "app/map/aircraftlayer.h"

#include "app/map/vectorstate.h"
#include "models/geo/geodesy.h"
#include "models/time/duration.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmaplayerrenderer.h>
#include <qgsmaptopixel.h>
#include <qgsrendercontext.h>

#include <QFontMetricsF>
#include <QMutexLocker>
#include <QPaintEngine>
#include <QPainter>
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
    QDomElement writeXml( QDomElement &element, QDomDocument &, const QgsReadWriteContext & ) override
    {
      return element;
    }
    bool readXml( const QDomElement &, const QgsReadWriteContext & ) override { return true; }
    void
    setDefaultsFromDataProviderTemporalCapabilities( const QgsDataProviderTemporalCapabilities * ) override
    {
    }
    bool isVisibleInTemporalRange( const QgsDateTimeRange & ) const override { return true; }
};

constexpr int kTrailSamples = 64; // a trail is a few dozen pixels long: more fixes add nothing
constexpr int kFadeSteps = 8;
constexpr std::int64_t kNoLongHopMs = 120 * 1000; // 50 km at 420 m/s (Mach 1.4)

const QColor kLiveColor( 0xd3, 0x54, 0x00 );
const QColor kDarkColor( 0x6e, 0x6e, 0x6e );

class AircraftRenderer : public QgsMapLayerRenderer
{
  public:
    AircraftRenderer( const QString &layerId, QgsRenderContext *context, AircraftSnapshot aircraft,
                      std::optional<std::int64_t> time, std::int64_t trailLengthMs,
                      std::shared_ptr<AircraftRenderCache> projectedFixes )
      : QgsMapLayerRenderer( layerId, context )
      , mAircraft( std::move( aircraft ) )
      , mTime( time )
      , mTrailLengthMs( trailLengthMs )
      , mCache( std::move( projectedFixes ) )
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

    void gather( int aircraftIndex, std::int64_t time, QVector<Pending> &pending );
    bool transformToMap( const QgsCoordinateTransform &transform );
    void collectTrail( const Pending &item, const QVector<QPointF> &pixels, QVector<QPolygonF> *byAge ) const;
    void drawTrails( QgsRenderContext &context, const QVector<QLineF> *byAge ) const;
    void drawAircraft( QgsRenderContext &context, const Pending &item, const QVector<QPointF> &pixels ) const;
    // The live marker at this heading, drawn once and then blitted: hundreds of
    // antialiased polygon fills a frame cost more than the trails.
    QImage liveMarkerSprite( double angleDegrees, double size,
                             double outline ) const; // a copy: the cache may drop it
    // A label with its halo, drawn once and then blitted (a copy: the cache may drop it).
    QImage labelSprite( const QString &label, const QFont &font, const QColor &color, double halo ) const;
    int add( const GeoPoint &p, int fadeStep );
    int addFix( int aircraftIndex, int fix, int fadeStep );

    AircraftSnapshot mAircraft;
    std::optional<std::int64_t> mTime;
    std::int64_t mTrailLengthMs;
    std::shared_ptr<AircraftRenderCache> mCache;
    // Every point of the frame in map coordinates. Those not found in the cache are first
    // geographic and transformed in one batch: a transform call has a fixed cost far above
    // its per-point cost, and a frame has hundreds of aircraft.
    QVector<double> mX, mY;
    QVector<int> mFade;
    QVector<int> mUntransformed;            // indices into mX/mY still geographic
    QVector<QPair<int, int>> mFixesToCache; // (aircraft, fix) of each, or fix -1
    // Labels already drawn this frame: a label that would overlap one is left out.
    mutable QVector<QRectF> mLabelRects;
};

int AircraftRenderer::add( const GeoPoint &p, int fadeStep )
{
  mX.append( p.longitude );
  mY.append( p.latitude );
  mFade.append( fadeStep );
  mUntransformed.append( mX.size() - 1 );
  mFixesToCache.append( { -1, -1 } );
  return mX.size() - 1;
}

int AircraftRenderer::addFix( int aircraftIndex, int fix, int fadeStep )
{
  const QHash<int, QPointF> &known = mCache->fixes[static_cast<std::size_t>( aircraftIndex )];
  const auto found = known.constFind( fix );
  if ( found == known.cend() )
  {
    const int index =
        add( ( *mAircraft )[static_cast<std::size_t>( aircraftIndex )].track->position( fix ), fadeStep );
    mFixesToCache.last() = { aircraftIndex, fix };
    return index;
  }
  mX.append( found->x() );
  mY.append( found->y() );
  mFade.append( fadeStep );
  return mX.size() - 1;
}

bool AircraftRenderer::transformToMap( const QgsCoordinateTransform &transform )
{
  if ( transform.isValid() && !mUntransformed.isEmpty() )
  {
    QVector<double> x, y, z( mUntransformed.size(), 0.0 );
    x.reserve( mUntransformed.size() );
    y.reserve( mUntransformed.size() );
    for ( const int i : std::as_const( mUntransformed ) )
    {
      x.append( mX.at( i ) );
      y.append( mY.at( i ) );
    }
    try
    {
      transform.transformInPlace( x, y, z );
    }
    catch ( const QgsCsException & )
    {
      return false;
    }
    for ( int k = 0; k < mUntransformed.size(); ++k )
    {
      mX[mUntransformed.at( k )] = x.at( k );
      mY[mUntransformed.at( k )] = y.at( k );
    }
  }
  for ( int k = 0; k < mUntransformed.size(); ++k )
  {
    const auto [aircraftIndex, fix] = mFixesToCache.at( k );
    if ( fix < 0 )
      continue;
    QHash<int, QPointF> &known = mCache->fixes[static_cast<std::size_t>( aircraftIndex )];
    // Bounded: a scrub across a long track would otherwise keep every fix it passed.
    if ( known.size() > 8 * kTrailSamples )
      known.clear();
    known.insert( fix, QPointF( mX.at( mUntransformed.at( k ) ), mY.at( mUntransformed.at( k ) ) ) );
  }
  return true;
}

void AircraftRenderer::gather( int aircraftIndex, std::int64_t time, QVector<Pending> &pending )
{
  const AircraftEntry &entry = ( *mAircraft )[static_cast<std::size_t>( aircraftIndex )];
  const std::optional<PositionAt> now = positionAt( *entry.track, time, entry.endedInFlight );
  if ( !now )
    return;
  Pending item;
  item.entry = &entry;
  item.now = *now;
  const Track &track = *entry.track;
  // Trail: every stride-th fix of each gap-free piece, read in place; long segments
  // densified so that they follow the great circle; the last piece ends at the aircraft.
  const QVector<QPair<int, int>> ranges = trailRanges( track, time, mTrailLengthMs );
  for ( int r = 0; r < ranges.size(); ++r )
  {
    const auto [first, last] = ranges.at( r );
    // The stride is a power of two and the fixes taken are its multiples, so that the
    // next frame takes mostly the same fixes and finds them in the cache.
    int stride = 1;
    while ( stride * kTrailSamples < last - first + 1 )
      stride *= 2;
    QVector<int> indices;
    indices.append( first );
    for ( int i = ( first / stride + 1 ) * stride; i < last; i += stride )
      indices.append( i );
    if ( last != first )
      indices.append( last );
    const int begin = mX.size();
    GeoPoint previous;
    auto fadeOf = [&]( std::int64_t t )
    {
      const double age = static_cast<double>( time - t ) / std::max<std::int64_t>( 1, mTrailLengthMs );
      return std::clamp( static_cast<int>( kFadeSteps * age ), 0, kFadeSteps - 1 );
    };
    // `fix` is the track's index of `p`, or -1 for the interpolated position now.
    std::int64_t previousTime = 0;
    auto append = [&]( const GeoPoint &p, std::int64_t t, int fix, bool first )
    {
      // Densify only what can be long: nothing flies 50 km in under two minutes.
      if ( !first && t - previousTime > kNoLongHopMs && geodesy::distanceMetres( previous, p ) > 50000 )
      {
        const QVector<GeoPoint> between = geodesy::densify( previous, p, 50000 );
        for ( int v = 1; v < between.size() - 1; ++v )
          add( between.at( v ), fadeOf( t ) );
      }
      if ( fix >= 0 )
        addFix( aircraftIndex, fix, fadeOf( t ) );
      else
        add( p, fadeOf( t ) );
      previous = p;
      previousTime = t;
    };
    for ( int k = 0; k < indices.size(); ++k )
      append( track.position( indices.at( k ) ), track.timeMs( indices.at( k ) ), indices.at( k ), k == 0 );
    if ( r == ranges.size() - 1 && now->state == PositionAt::State::Live && now->sinceLastFixMs > 0 )
      append( now->position, time, -1, false );
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
  clearUpperVectorState(); // this thread painted before: see vectorstate.h
  std::int64_t time = 0;
  if ( mTime )
    time = *mTime;
  else if ( context.isTemporal() && context.temporalRange().end().isValid() )
    time = context.temporalRange().end().toMSecsSinceEpoch();
  else
    return true; // no moment: nothing to show

  QVector<Pending> pending;
  {
    const QMutexLocker locker( &mCache->mutex );
    const QgsCoordinateReferenceSystem destination = context.coordinateTransform().isValid()
                                                         ? context.coordinateTransform().destinationCrs()
                                                         : QgsCoordinateReferenceSystem();
    if ( mCache->destination != destination || mCache->fixes.size() != mAircraft->size() )
    {
      mCache->destination = destination;
      mCache->fixes.assign( mAircraft->size(), {} );
    }
    for ( int a = 0; a < static_cast<int>( mAircraft->size() ); ++a )
      gather( a, time, pending );
    if ( pending.isEmpty() || context.renderingStopped() )
      return true;
    if ( !transformToMap( context.coordinateTransform() ) )
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
  QVector<QPolygonF> trailsByAge[kFadeSteps];
  for ( const Pending &item : pending )
    collectTrail( item, pixels, trailsByAge );
  QVector<QLineF> segmentsByAge[kFadeSteps];
  for ( int step = 0; step < kFadeSteps; ++step )
  {
    for ( const QPolygonF &line : std::as_const( trailsByAge[step] ) )
    {
      for ( int i = 1; i < line.size(); ++i )
      {
        // A parked aircraft's trail repeats one point: Qt's PDF engine writes a
        // zero-length segment as an empty path, which PDF readers report as an error.
        if ( line.at( i - 1 ) != line.at( i ) )
          segmentsByAge[step].append( QLineF( line.at( i - 1 ), line.at( i ) ) );
      }
    }
  }
  drawTrails( context, segmentsByAge );
  for ( const Pending &item : pending )
  {
    if ( context.renderingStopped() )
      break;
    drawAircraft( context, item, pixels );
  }
  painter->restore();
  return true;
}

namespace
{
// Squared distance from `p` to the segment [a, b], in pixels.
double squaredDistanceToSegment( const QPointF &p, const QPointF &a, const QPointF &b )
{
  const QPointF ab = b - a;
  const double length2 = QPointF::dotProduct( ab, ab );
  const double t = length2 > 0 ? std::clamp( QPointF::dotProduct( p - a, ab ) / length2, 0.0, 1.0 ) : 0.0;
  const QPointF d = p - ( a + t * ab );
  return QPointF::dotProduct( d, d );
}

// Builds one fade step's polyline, keeping only the vertices that bend it by more than
// a fraction of a pixel: a 45-minute trail is a hundred pixels of nearly straight great
// circle, and each vertex kept is a join the rasteriser has to draw.
class TrailSimplifier
{
  public:
    void add( const QPointF &p )
    {
      if ( mLine.isEmpty() )
      {
        mLine.append( p );
        return;
      }
      if ( !mHaveCandidate )
      {
        mCandidate = p;
        mHaveCandidate = true;
        return;
      }
      // Would the chord from the last vertex kept to `p` pass every point skipped since?
      mSkipped.append( mCandidate );
      const QPointF anchor = mLine.last();
      for ( const QPointF &skipped : std::as_const( mSkipped ) )
      {
        if ( squaredDistanceToSegment( skipped, anchor, p ) > kToleranceSquared )
        {
          mLine.append( mCandidate );
          mSkipped.clear();
          break;
        }
      }
      mCandidate = p;
    }
    // The finished polyline (at least two vertices, or empty); the simplifier starts afresh.
    QPolygonF take()
    {
      if ( mHaveCandidate )
        mLine.append( mCandidate );
      QPolygonF line = mLine.size() >= 2 ? mLine : QPolygonF();
      mLine.clear();
      mSkipped.clear();
      mHaveCandidate = false;
      return line;
    }
    bool isEmpty() const { return mLine.isEmpty(); }
    QPointF last() const { return mHaveCandidate ? mCandidate : mLine.last(); }

  private:
    static constexpr double kToleranceSquared = 0.3 * 0.3;
    QPolygonF mLine;
    QVector<QPointF> mSkipped;
    QPointF mCandidate;
    bool mHaveCandidate = false;
};
} // namespace

void AircraftRenderer::collectTrail( const Pending &item, const QVector<QPointF> &pixels,
                                     QVector<QPolygonF> *byAge ) const
{
  for ( const auto &[first, last] : item.trailPieces )
  {
    TrailSimplifier current;
    int currentStep = -1;
    for ( int k = first; k <= last; ++k )
    {
      const QPointF pixel = pixels.at( k );
      if ( !std::isfinite( pixel.x() ) || !std::isfinite( pixel.y() ) )
        continue;
      if ( mFade.at( k ) != currentStep && !current.isEmpty() )
      {
        // A new fade step continues from where the last one ended.
        const QPointF joint = current.last();
        const QPolygonF line = current.take();
        if ( !line.isEmpty() )
          byAge[currentStep].append( line );
        current.add( joint );
      }
      currentStep = mFade.at( k );
      current.add( pixel );
    }
    const QPolygonF line = current.take();
    if ( !line.isEmpty() && currentStep >= 0 )
      byAge[currentStep].append( line );
  }
}

void AircraftRenderer::drawTrails( QgsRenderContext &context, const QVector<QLineF> *byAge ) const
{
  // Separate flat-capped segments, one call per fade step: Qt's raster engine rasterises
  // flat- or square-capped segments directly, while round caps and joins go through its
  // general stroker, three to four times slower (docs/benchmarks.md). The simplified
  // trail's segments are long and nearly collinear, so flat ends meet without visible
  // notches, and with no overlap no spot gets its faded ink twice.
  QPainter *painter = context.painter();
  const double width = context.convertToPainterUnits( 0.7, QgsUnitTypes::RenderMillimeters );
  for ( int step = kFadeSteps - 1; step >= 0; --step ) // oldest first, newest on top
  {
    if ( byAge[step].isEmpty() )
      continue;
    QColor color = kLiveColor;
    color.setAlphaF( 0.15 + 0.75 * ( 1.0 - ( step + 0.5 ) / kFadeSteps ) ); // newest opaque, oldest faint
    painter->setPen( QPen( color, width, Qt::SolidLine, Qt::FlatCap ) );
    painter->drawLines( byAge[step] );
  }
}

namespace
{
// The aircraft marker: an arrowhead pointing up, rotated to `angleDegrees` (clockwise),
// `size` pixels long, with a white outline (live) or a dashed grey one (dark).
void paintArrowhead( QPainter *painter, const QPointF &at, double angleDegrees, double size, double outline,
                     bool dark )
{
  const double radians = angleDegrees * M_PI / 180.0;
  const double cosA = std::cos( radians );
  const double sinA = std::sin( radians );
  auto arrowhead = [&]( double scale )
  {
    QPolygonF polygon;
    for ( const QPointF &v :
          { QPointF( 0, -0.5 ), QPointF( 0.38, 0.5 ), QPointF( 0, 0.25 ), QPointF( -0.38, 0.5 ) } )
    {
      const QPointF p = v * size * scale;
      polygon.append( at + QPointF( p.x() * cosA - p.y() * sinA, p.x() * sinA + p.y() * cosA ) );
    }
    return polygon;
  };
  if ( dark )
  {
    painter->setBrush( Qt::white );
    painter->setPen( QPen( kDarkColor, outline, Qt::DashLine ) );
    painter->drawPolygon( arrowhead( 1.0 ) );
    return;
  }
  // The white outline is a larger white arrowhead underneath: two fills cost a fraction
  // of one stroked outline.
  painter->setPen( Qt::NoPen );
  painter->setBrush( Qt::white );
  painter->drawPolygon( arrowhead( 1.0 + 2.5 * outline / size ) );
  painter->setBrush( kLiveColor );
  painter->drawPolygon( arrowhead( 1.0 ) );
}

// Text with a white halo, the text drawn four times offset for the halo: text-to-path for
// hundreds of labels costs more than the map.
void paintHaloText( QPainter *painter, const QPointF &baseline, const QString &text, const QFont &font,
                    const QColor &color, double halo )
{
  painter->setFont( font );
  painter->setPen( QColor( 255, 255, 255, 230 ) );
  for ( const QPointF &offset :
        { QPointF( -halo, 0 ), QPointF( halo, 0 ), QPointF( 0, -halo ), QPointF( 0, halo ) } )
    painter->drawText( baseline + offset, text );
  painter->setPen( color );
  painter->drawText( baseline, text );
}
} // namespace

QImage AircraftRenderer::labelSprite( const QString &label, const QFont &font, const QColor &color,
                                      double halo ) const
{
  const QMutexLocker locker( &mCache->mutex );
  const QString key = QStringLiteral( "%1|%2|%3|%4" ).arg( label, font.toString(), color.name() ).arg( halo );
  auto found = mCache->labels.constFind( key );
  if ( found != mCache->labels.cend() )
    return *found;
  if ( mCache->labels.size() > 2000 ) // dark labels change every minute: keep it bounded
    mCache->labels.clear();
  const QFontMetricsF metrics( font );
  const QSize side( static_cast<int>( std::ceil( metrics.horizontalAdvance( label ) + 2 * halo ) ) + 1,
                    static_cast<int>( std::ceil( metrics.height() + 2 * halo ) ) + 1 );
  QImage sprite( side, QImage::Format_ARGB32_Premultiplied );
  sprite.fill( Qt::transparent );
  QPainter painter( &sprite );
  painter.setRenderHint( QPainter::Antialiasing, true );
  painter.setRenderHint( QPainter::TextAntialiasing, true );
  paintHaloText( &painter, QPointF( halo, halo + metrics.ascent() ), label, font, color, halo );
  painter.end();
  mCache->labels.insert( key, sprite );
  return sprite;
}

QImage AircraftRenderer::liveMarkerSprite( double angleDegrees, double size, double outline ) const
{
  // Headings in 5-degree steps: the tip of a 16-pixel marker moves a third of a pixel.
  constexpr int kAngleStep = 5;
  const int step = static_cast<int>( std::lround( angleDegrees / kAngleStep ) ) % ( 360 / kAngleStep );
  const int key = step < 0 ? step + 360 / kAngleStep : step;
  const QMutexLocker locker( &mCache->mutex );
  if ( mCache->spriteSize != size || mCache->spriteOutline != outline )
  {
    mCache->sprites.clear();
    mCache->spriteSize = size;
    mCache->spriteOutline = outline;
  }
  auto found = mCache->sprites.find( key );
  if ( found == mCache->sprites.end() )
  {
    const int side = static_cast<int>( std::ceil( size * 1.2 + 2 * outline ) ) + 2;
    QImage sprite( side, side, QImage::Format_ARGB32_Premultiplied );
    sprite.fill( Qt::transparent );
    QPainter painter( &sprite );
    painter.setRenderHint( QPainter::Antialiasing, true );
    paintArrowhead( &painter, QPointF( side / 2.0, side / 2.0 ), key * kAngleStep, size, outline, false );
    painter.end();
    found = mCache->sprites.insert( key, sprite );
  }
  return *found;
}

void AircraftRenderer::drawAircraft( QgsRenderContext &context, const Pending &item,
                                     const QVector<QPointF> &pixels ) const
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
  const double outline = context.convertToPainterUnits( 0.3, QgsUnitTypes::RenderMillimeters );
  if ( dark )
    paintArrowhead( painter, at, angle, size,
                    context.convertToPainterUnits( 0.4, QgsUnitTypes::RenderMillimeters ), true );
  else if ( painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster )
  {
    const QImage sprite = liveMarkerSprite( angle, size, outline );
    painter->drawImage( at - QPointF( sprite.width() / 2.0, sprite.height() / 2.0 ), sprite );
  }
  else
    paintArrowhead( painter, at, angle, size, outline, false ); // vector output stays vector

  // Label with a white halo: who, and how long without data, said as the gap was classified.
  QString label = item.entry->label;
  if ( dark )
  {
    const GapKind kind = item.entry->gapKinds.value( item.now.lastFix, GapKind::InFlight );
    const QString since = formatDuration( item.now.sinceLastFixMs );
    switch ( kind )
    {
    case GapKind::InFlight:
      label += QObject::tr( " · dark %1" ).arg( since );
      break;
    case GapKind::GroundStopInferred:
      label += QObject::tr( " · landed, not seen (%1)" ).arg( since );
      break;
    case GapKind::OnGround:
      label += QObject::tr( " · on the ground, no data (%1)" ).arg( since );
      break;
    case GapKind::Unknown:
      label += QObject::tr( " · no data %1" ).arg( since );
      break;
    }
  }
  QFont font = painter->font();
  font.setPixelSize( std::max(
      8, static_cast<int>( context.convertToPainterUnits( 2.6, QgsUnitTypes::RenderMillimeters ) ) ) );
  const double halo = std::max( 1.0, context.convertToPainterUnits( 0.3, QgsUnitTypes::RenderMillimeters ) );
  const QPointF origin = at + QPointF( size * 0.7, -size * 0.2 ); // the text's baseline
  const QColor textColor = dark ? kDarkColor : QColor( 0x22, 0x22, 0x22 );
  const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
  const QImage sprite = raster ? labelSprite( label, font, textColor, halo ) : QImage();
  const QFontMetricsF metrics( font );
  const QRectF box = raster ? QRectF( origin - QPointF( halo, halo + metrics.ascent() ), sprite.size() )
                            : QRectF( origin.x(), origin.y() - metrics.ascent(),
                                      metrics.horizontalAdvance( label ), metrics.height() );
  // Dense traffic: a label overlapping one already drawn is left out (the marker stays),
  // which keeps the map readable.
  for ( const QRectF &taken : mLabelRects )
  {
    if ( taken.intersects( box ) )
      return;
  }
  mLabelRects.append( box );
  if ( raster )
    painter->drawImage( box.topLeft(), sprite );
  else
    paintHaloText( painter, origin, label, font, textColor, halo ); // vector output stays text
}
} // namespace

AircraftLayer::AircraftLayer( const QString &name )
  : QgsPluginLayer( pluginType(), name.isEmpty() ? tr( "Aircraft" ) : name )
  , mTemporalProperties( std::make_unique<MomentTemporalProperties>( this ) )
  , mCache( std::make_shared<AircraftRenderCache>() )
{
  setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ) );
  setValid( true );
}

AircraftLayer::~AircraftLayer() = default;

void AircraftLayer::setAircraft( AircraftSnapshot aircraft )
{
  mAircraft = std::move( aircraft );
  mCache = std::make_shared<AircraftRenderCache>(); // a render still running keeps the old one
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
  return new AircraftRenderer( id(), &context, mAircraft, mTime, mTrailLengthMs, mCache );
}

QgsRectangle AircraftLayer::extent() const
{
  QgsRectangle extent;
  if ( !mAircraft )
    return extent;
  for ( const AircraftEntry &entry : *mAircraft )
  {
    for ( int i = 0; i < entry.track->size(); ++i )
    {
      const GeoPoint p = entry.track->position( i );
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

bool AircraftLayer::writeSymbology( QDomNode &, QDomDocument &, QString &, const QgsReadWriteContext &,
                                    StyleCategories ) const
{
  return true;
}

QgsMapLayerTemporalProperties *AircraftLayer::temporalProperties()
{
  return mTemporalProperties.get();
}

} // namespace sortie
