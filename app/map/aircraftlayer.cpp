#include "app/map/aircraftlayer.h"

#include "models/geo/geodesy.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmaplayerrenderer.h>
#include <qgsmaptopixel.h>
#include <qgsrendercontext.h>

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
    QDomElement writeXml( QDomElement &element, QDomDocument &, const QgsReadWriteContext & ) override { return element; }
    bool readXml( const QDomElement &, const QgsReadWriteContext & ) override { return true; }
    void setDefaultsFromDataProviderTemporalCapabilities( const QgsDataProviderTemporalCapabilities * ) override {}
    bool isVisibleInTemporalRange( const QgsDateTimeRange & ) const override { return true; }
};

const QColor kLiveColor( 0xd3, 0x54, 0x00 );
const QColor kDarkColor( 0x6e, 0x6e, 0x6e );

QString durationText( std::int64_t ms )
{
  const std::int64_t minutes = ms / 60000;
  return minutes < 60 ? QStringLiteral( "%1 min" ).arg( minutes ) : QStringLiteral( "%1 h %2 min" ).arg( minutes / 60 ).arg( minutes % 60 );
}

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

    bool render() override
    {
      QgsRenderContext &context = *renderContext();
      if ( !mAircraft )
        return true;
      std::int64_t time = 0;
      if ( mTime )
        time = *mTime;
      else if ( context.isTemporal() && context.temporalRange().end().isValid() )
        time = context.temporalRange().end().toMSecsSinceEpoch();
      else
        return true; // no moment: nothing to show
      QPainter *painter = context.painter();
      painter->save();
      painter->setRenderHint( QPainter::Antialiasing, true );
      for ( const AircraftEntry &entry : *mAircraft )
      {
        if ( context.renderingStopped() )
          break;
        drawTrail( context, entry, time );
        drawAircraft( context, entry, time );
      }
      painter->restore();
      return true;
    }

  private:
    bool toPixel( QgsRenderContext &context, const GeoPoint &p, QPointF &out ) const
    {
      try
      {
        double x = p.longitude;
        double y = p.latitude;
        double z = 0;
        if ( context.coordinateTransform().isValid() )
          context.coordinateTransform().transformInPlace( x, y, z );
        const QgsPointXY pixel = context.mapToPixel().transform( x, y );
        out = QPointF( pixel.x(), pixel.y() );
        return std::isfinite( out.x() ) && std::isfinite( out.y() );
      }
      catch ( const QgsCsException & )
      {
        return false;
      }
    }

    void drawTrail( QgsRenderContext &context, const AircraftEntry &entry, std::int64_t time ) const
    {
      const QVector<QVector<TrailPoint>> pieces = trailAt( entry.track, time, mTrailLengthMs );
      QPainter *painter = context.painter();
      const double width = context.convertToPainterUnits( 0.7, QgsUnitTypes::RenderMillimeters );
      for ( const QVector<TrailPoint> &piece : pieces )
      {
        QPointF previous;
        bool havePrevious = false;
        for ( int i = 0; i < piece.size(); ++i )
        {
          // Densify long segments so that they follow the great circle on any projection.
          QVector<GeoPoint> along = { piece.at( i ).position };
          if ( i > 0 && geodesy::distanceMetres( piece.at( i - 1 ).position, piece.at( i ).position ) > 50000 )
            along = geodesy::densify( piece.at( i - 1 ).position, piece.at( i ).position, 50000 ).mid( 1 );
          // Fade with age: newest opaque, oldest nearly transparent.
          const double age = std::clamp( static_cast<double>( time - piece.at( i ).timeMs ) / mTrailLengthMs, 0.0, 1.0 );
          QColor color = kLiveColor;
          color.setAlphaF( 0.15 + 0.75 * ( 1.0 - age ) );
          painter->setPen( QPen( color, width, Qt::SolidLine, Qt::RoundCap ) );
          for ( const GeoPoint &point : along )
          {
            QPointF pixel;
            if ( !toPixel( context, point, pixel ) )
            {
              havePrevious = false;
              continue;
            }
            if ( havePrevious )
              painter->drawLine( previous, pixel );
            previous = pixel;
            havePrevious = true;
          }
        }
      }
    }

    void drawAircraft( QgsRenderContext &context, const AircraftEntry &entry, std::int64_t time ) const
    {
      const std::optional<PositionAt> now = positionAt( entry.track, time, entry.endedInFlight );
      if ( !now )
        return;
      QPointF at;
      if ( !toPixel( context, now->position, at ) )
        return;
      // Heading on screen, whatever the projection: towards a point 20 km ahead.
      QPointF ahead;
      double angle = 0;
      const GeoPoint aheadPoint = geodesy::destinationPoint( now->position, now->headingDegrees, 20000.0 );
      if ( toPixel( context, aheadPoint, ahead ) && ahead != at )
        angle = std::atan2( ahead.y() - at.y(), ahead.x() - at.x() ) * 180.0 / M_PI + 90.0;

      QPainter *painter = context.painter();
      const double size = context.convertToPainterUnits( 4.2, QgsUnitTypes::RenderMillimeters );
      const bool dark = now->state == PositionAt::State::Dark;
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

      // Label with a white halo: who, and how long dark.
      QString label = entry.label;
      if ( dark )
        label += QObject::tr( " · dark %1" ).arg( durationText( now->sinceLastFixMs ) );
      QFont font = painter->font();
      font.setPixelSize( std::max( 8, static_cast<int>( context.convertToPainterUnits( 2.6, QgsUnitTypes::RenderMillimeters ) ) ) );
      QPainterPath text;
      text.addText( at + QPointF( size * 0.7, -size * 0.2 ), font, label );
      painter->setPen( QPen( QColor( 255, 255, 255, 220 ), context.convertToPainterUnits( 0.6, QgsUnitTypes::RenderMillimeters ), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin ) );
      painter->setBrush( Qt::NoBrush );
      painter->drawPath( text );
      painter->setPen( Qt::NoPen );
      painter->setBrush( dark ? kDarkColor : QColor( 0x22, 0x22, 0x22 ) );
      painter->drawPath( text );
    }

    AircraftSnapshot mAircraft;
    std::optional<std::int64_t> mTime;
    std::int64_t mTrailLengthMs;
};
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
