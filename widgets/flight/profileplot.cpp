#include "widgets/flight/profileplot.h"

#include "models/time/timecontroller.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace sortie
{

namespace
{
constexpr double kFeetPerMetre = 1.0 / 0.3048;
constexpr double kKnotsPerMps = 1.0 / 0.514444;
const QColor kAltitudeColor( 0x1f, 0x4e, 0x79 );
const QColor kSpeedColor( 0x2e, 0x8b, 0x57 );

// A round axis maximum at least `value`: 1, 1.5, 2, 3, 4, 5, 6 or 8 times a power of ten.
double niceCeiling( double value )
{
  if ( !( value > 0 ) )
    return 1;
  const double magnitude = std::pow( 10.0, std::floor( std::log10( value ) ) );
  for ( double step : { 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0 } )
  {
    if ( step * magnitude >= value )
      return step * magnitude;
  }
  return 10 * magnitude;
}
} // namespace

ProfilePlot::ProfilePlot( TimeController *controller, QWidget *parent )
  : QWidget( parent )
  , mController( controller )
{
  setObjectName( QStringLiteral( "profilePlot" ) );
  setMinimumHeight( 120 );
  connect( controller, &TimeController::currentTimeChanged, this, qOverload<>( &QWidget::update ) );
}

void ProfilePlot::setProfile( const QVector<ProfileSample> &profile, const TimeRange &interval )
{
  mProfile = profile;
  mInterval = interval;
  if ( !profile.isEmpty() )
    mInterval = { std::min( interval.start, profile.first().timeMs ),
                  std::max( interval.end, profile.last().timeMs ) };
  update();
}

QRect ProfilePlot::plotRect() const
{
  const QFontMetrics metrics = fontMetrics();
  const int left = metrics.horizontalAdvance( QStringLiteral( "40000 ft" ) ) + 8;
  const int right = metrics.horizontalAdvance( QStringLiteral( "500 kt" ) ) + 8;
  return QRect( left, metrics.height() + 4, std::max( 1, width() - left - right ),
                std::max( 1, height() - 2 * metrics.height() - 10 ) );
}

double ProfilePlot::xForTime( std::int64_t timeMs ) const
{
  if ( !mInterval.isValid() || timeMs < mInterval.start || timeMs > mInterval.end )
    return std::numeric_limits<double>::quiet_NaN();
  const QRect area = plotRect();
  return area.left() + ( timeMs - mInterval.start ) * static_cast<double>( area.width() ) / mInterval.span();
}

void ProfilePlot::paintEvent( QPaintEvent * )
{
  QPainter painter( this );
  painter.fillRect( rect(), palette().base() );
  const QRect area = plotRect();
  const QFontMetrics metrics = fontMetrics();
  if ( mProfile.size() < 2 || !mInterval.isValid() )
  {
    painter.setPen( palette().mid().color() );
    painter.drawText( rect(), Qt::AlignCenter, tr( "Select a leg on the timeline or the map." ) );
    return;
  }
  double maxFeet = 0, maxKnots = 0;
  for ( const ProfileSample &s : mProfile )
  {
    if ( !std::isnan( s.altitudeMetres ) )
      maxFeet = std::max( maxFeet, s.altitudeMetres * kFeetPerMetre );
    if ( !std::isnan( s.groundSpeedMps ) )
      maxKnots = std::max( maxKnots, s.groundSpeedMps * kKnotsPerMps );
  }
  maxFeet = niceCeiling( maxFeet );
  maxKnots = niceCeiling( maxKnots );

  painter.setPen( palette().mid().color() );
  painter.drawRect( area.adjusted( 0, 0, -1, -1 ) );
  // Axes, labelled with their units: the only place feet and knots appear.
  painter.setPen( kAltitudeColor );
  painter.drawText( QRect( 0, area.top() - metrics.height() - 2, area.left() + 40, metrics.height() ),
                    Qt::AlignLeft, tr( "altitude" ) );
  painter.drawText( QRect( 0, area.top() - metrics.height() / 2, area.left() - 4, metrics.height() ),
                    Qt::AlignRight, QStringLiteral( "%1 ft" ).arg( maxFeet, 0, 'f', 0 ) );
  painter.drawText( QRect( 0, area.bottom() - metrics.height() / 2, area.left() - 4, metrics.height() ),
                    Qt::AlignRight, QStringLiteral( "0 ft" ) );
  painter.setPen( kSpeedColor );
  painter.drawText( QRect( area.right() - 80, area.top() - metrics.height() - 2, width() - area.right() + 78,
                           metrics.height() ),
                    Qt::AlignRight, tr( "ground speed" ) );
  painter.drawText(
      QRect( area.right() + 4, area.top() - metrics.height() / 2, width() - area.right(), metrics.height() ),
      Qt::AlignLeft, QStringLiteral( "%1 kt" ).arg( maxKnots, 0, 'f', 0 ) );
  painter.setPen( palette().windowText().color() );
  const QLocale c = QLocale::c();
  const QString startLabel = c.toString( QDateTime::fromMSecsSinceEpoch( mInterval.start, QTimeZone::utc() ),
                                         QStringLiteral( "HH:mm" ) );
  const QString endLabel = c.toString( QDateTime::fromMSecsSinceEpoch( mInterval.end, QTimeZone::utc() ),
                                       QStringLiteral( "HH:mm 'UTC'" ) );
  painter.drawText( QRect( area.left(), area.bottom() + 2, area.width(), metrics.height() ), Qt::AlignLeft,
                    startLabel );
  painter.drawText( QRect( area.left(), area.bottom() + 2, area.width(), metrics.height() ), Qt::AlignRight,
                    endLabel );

  painter.setRenderHint( QPainter::Antialiasing, true );
  auto series = [&]( auto value, double maximum, const QColor &color )
  {
    QPainterPath path;
    bool drawing = false;
    for ( const ProfileSample &s : mProfile )
    {
      const double v = value( s );
      if ( std::isnan( v ) )
      {
        drawing = false; // unknown values are gaps in the line, not zeros
        continue;
      }
      const QPointF p( xForTime( s.timeMs ), area.bottom() - v / maximum * area.height() );
      if ( drawing )
        path.lineTo( p );
      else
        path.moveTo( p );
      drawing = true;
    }
    painter.setPen( QPen( color, 1.6 ) );
    painter.setBrush( Qt::NoBrush );
    painter.drawPath( path );
  };
  series( []( const ProfileSample &s )
          { return std::isnan( s.altitudeMetres ) ? std::nan( "" ) : s.altitudeMetres * kFeetPerMetre; },
          maxFeet, kAltitudeColor );
  series( []( const ProfileSample &s )
          { return std::isnan( s.groundSpeedMps ) ? std::nan( "" ) : s.groundSpeedMps * kKnotsPerMps; },
          maxKnots, kSpeedColor );

  if ( mController )
  {
    const double x = xForTime( mController->currentTime() );
    if ( std::isfinite( x ) )
    {
      painter.setPen( QPen( QColor( 0xd3, 0x54, 0x00 ), 2 ) );
      painter.drawLine( QPointF( x, area.top() ), QPointF( x, area.bottom() ) );
    }
  }
}

} // namespace sortie
