#include "widgets/timeline/timelinepainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace sortie
{

namespace
{
constexpr int kMaxStripEventRows = 3;
} // namespace

QColor eventKindColor( EventKind kind )
{
  switch ( kind )
  {
  case EventKind::Summit:
    return QColor( 0x7d, 0x3c, 0x98 );
  case EventKind::DelegationVisit:
    return QColor( 0x21, 0x61, 0x8c );
  case EventKind::TreatySigning:
    return QColor( 0xb0, 0x3a, 0x2e );
  case EventKind::Exercise:
    return QColor( 0xca, 0x6f, 0x1e );
  case EventKind::FlightReport:
    return QColor( 0x5d, 0x6d, 0x7e );
  case EventKind::Other:
    break;
  }
  return QColor( 0x7e, 0x75, 0x4f );
}

double TimelineScale::x( std::int64_t timeMs ) const
{
  return left +
         ( timeMs - range.start ) * width / static_cast<double>( std::max<std::int64_t>( 1, range.span() ) );
}

std::int64_t TimelineScale::time( double xValue ) const
{
  return range.start + static_cast<std::int64_t>(
                           std::llround( ( xValue - left ) * range.span() / std::max( 1.0, width ) ) );
}

TimelinePainter::TimelinePainter( QPainter &painter, const TimelineLook &look, const TimelineScale &scale )
  : mPainter( painter )
  , mLook( look )
  , mScale( scale )
  , mMetrics( look.font, painter.device() )
{
}

TimeTicks TimelinePainter::ticks( int offsetSeconds ) const
{
  return chooseTimeTicks(
      mScale.range, mScale.width,
      [this]( const QString &text ) { return mMetrics.horizontalAdvance( text ); }, 8.0, offsetSeconds );
}

void TimelinePainter::paintAxis( const QRectF &rect, const QRectF &labelRect, const TimeTicks &ticks,
                                 const QString &zoneName, bool primary, double gridTop, double gridBottom )
{
  mPainter.fillRect( rect, mLook.alternateBase );
  // The zone, and what the labels leave out, in the label column: "UTC 2024-07-09".
  mPainter.setPen( mLook.text );
  QFont bold = mLook.font;
  bold.setBold( primary );
  mPainter.setFont( bold );
  mPainter.drawText( labelRect.adjusted( 4, 0, -4, 0 ), Qt::AlignVCenter | Qt::AlignLeft,
                     ticks.contextLabel.isEmpty() ? zoneName
                                                  : zoneName + QLatin1Char( ' ' ) + ticks.contextLabel );
  mPainter.setFont( mLook.font );
  for ( const TimeTick &tick : ticks.ticks )
  {
    const double x = mScale.x( tick.timeMs );
    if ( x < rect.left() - 1 || x > rect.right() + 1 )
      continue;
    mPainter.setPen( QPen( tick.major ? mLook.text : mLook.mid, tick.major ? 1.5 : 1.0 ) );
    mPainter.drawLine( QPointF( x, rect.bottom() - 6 ), QPointF( x, rect.bottom() ) );
    mPainter.setPen( mLook.text );
    if ( x + 3 + mMetrics.horizontalAdvance( tick.label ) <= rect.right() + 1 )
      mPainter.drawText( QPointF( x + 3, rect.top() + mMetrics.ascent() + 3 ), tick.label );
    if ( primary )
    {
      // Faint grid through the lanes.
      mPainter.setPen( QPen( QColor( 0, 0, 0, tick.major ? 40 : 18 ), 1 ) );
      mPainter.drawLine( QPointF( x, gridTop ), QPointF( x, gridBottom ) );
    }
  }
  mPainter.setPen( mLook.mid );
  mPainter.drawLine( rect.bottomLeft(), rect.bottomRight() );
}

QVector<int> TimelinePainter::packEventRows( const QVector<TimelineEvent> &events, const TimelineScale &scale,
                                             const QFontMetricsF &metrics, double left, double right,
                                             int rowCount )
{
  // Each row remembers where its last label ends; an event goes to the first row where
  // its marker and label fit, else to the last row (where its label is left out, see
  // paintEvents). Only events near the view are packed: far ones must not push these
  // into other rows.
  QVector<int> rows( events.size(), -1 );
  QVector<double> rowEnds( std::max( 1, rowCount ), -1e9 );
  for ( int i = 0; i < events.size(); ++i )
  {
    const TimelineEvent &event = events.at( i );
    const double x1 = scale.x( event.interval.start ) - 6;
    const double end =
        std::max( scale.x( event.interval.end ), x1 + 13 + metrics.horizontalAdvance( event.title ) );
    if ( end < left || x1 > right )
      continue;
    rows[i] = rowEnds.size() - 1;
    for ( int row = 0; row < rowEnds.size(); ++row )
    {
      if ( x1 > rowEnds[row] + 6 )
      {
        rows[i] = row;
        rowEnds[row] = end;
        break;
      }
    }
  }
  return rows;
}

void TimelinePainter::paintEvents( const QVector<TimelineEvent> &events, const QVector<int> &rows,
                                   const QRectF &rect, int rowCount, const QString &selectedId,
                                   std::optional<std::int64_t> now )
{
  const double height = rect.height() / std::max( 1, rowCount );
  auto middleOf = [&]( int row ) { return rect.top() + row * height + height / 2; };

  // Markers first, labels after on a light halo: a marker never hides a label.
  for ( int i = 0; i < events.size(); ++i )
  {
    const TimelineEvent &event = events.at( i );
    const double x1 = mScale.x( event.interval.start );
    const double x2 = mScale.x( event.interval.end );
    const int row = rows.at( i );
    if ( row < 0 || x2 < rect.left() - 200 || x1 > rect.right() )
      continue;
    const double middle = middleOf( row );
    const QColor color = eventKindColor( event.kind );
    // Selected: outlined in the highlight colour. Happening now: drawn larger.
    const bool selected = !selectedId.isEmpty() && event.id == selectedId;
    const bool current =
        now && ( event.instant() ? std::abs( *now - event.interval.start ) <= kInstantEventCurrentMs
                                 : event.interval.contains( *now ) );
    mPainter.setPen( selected ? QPen( mLook.highlight, 2 ) : QPen( Qt::NoPen ) );
    const double grow = current ? 2.0 : 0.0;
    if ( event.instant() || x2 - x1 < 3 )
    {
      QPainterPath diamond;
      diamond.moveTo( x1, middle - 5 - grow );
      diamond.lineTo( x1 + 5 + grow, middle );
      diamond.lineTo( x1, middle + 5 + grow );
      diamond.lineTo( x1 - 5 - grow, middle );
      diamond.closeSubpath();
      mPainter.setBrush( color );
      mPainter.setRenderHint( QPainter::Antialiasing, true );
      mPainter.drawPath( diamond );
      mPainter.setRenderHint( QPainter::Antialiasing, false );
    }
    else
    {
      QColor fill = color;
      fill.setAlpha( current ? 190 : 110 );
      mPainter.setBrush( fill );
      mPainter.drawRect( QRectF( x1, middle - 4 - grow, x2 - x1, 8 + 2 * grow ) );
    }
  }
  QVector<double> labelEnds( std::max( 1, rowCount ),
                             -1e9 ); // labels are skipped rather than drawn over each other
  QColor halo = mLook.base;
  halo.setAlpha( 215 );
  mPainter.setFont( mLook.font );
  for ( int i = 0; i < events.size(); ++i )
  {
    const TimelineEvent &event = events.at( i );
    const int row = rows.at( i );
    const double x1 = mScale.x( event.interval.start );
    if ( row < 0 || row >= labelEnds.size() || x1 > rect.right() )
      continue;
    const double labelX = std::max( x1 + 7, rect.left() + 2 );
    if ( labelX <= labelEnds[row] + 6 )
      continue;
    const double available = std::min( mMetrics.horizontalAdvance( event.title ), rect.right() - labelX );
    if ( available <= 30 )
      continue;
    const QString text = mMetrics.elidedText( event.title, Qt::ElideRight, available );
    const double textWidth = mMetrics.horizontalAdvance( text );
    const double middle = middleOf( row );
    mPainter.fillRect(
        QRectF( labelX - 1, middle - mMetrics.height() / 2.0, textWidth + 2, mMetrics.height() ), halo );
    mPainter.setPen( mLook.text );
    mPainter.drawText( QPointF( labelX, middle + ( mMetrics.ascent() - mMetrics.descent() ) / 2.0 ), text );
    labelEnds[row] = labelX + textWidth;
  }
}

QColor sourceColor( int index )
{
  // Apart from the legs' blue, the in-flight gaps' red, inferred stops' amber and grey.
  static const QColor colors[] = { QColor( 0x16, 0x8a, 0x7a ), QColor( 0x8e, 0x44, 0xad ),
                                   QColor( 0x5d, 0x8a, 0x1f ), QColor( 0xc2, 0x3b, 0x80 ) };
  return colors[static_cast<std::size_t>( std::max( 0, index ) ) % std::size( colors )];
}

namespace
{
// The bands under a lane's bars: below the gaps' boxes (middle + 6), within the lane.
struct SourceBands
{
    double top = 0;
    double height = 0;
};
SourceBands sourceBands( const TimelineLane &lane, const QRectF &rect )
{
  const double top = rect.center().y() + 7;
  const double room = std::max( 0.0, rect.bottom() - 1 - top );
  return { top, lane.sources.isEmpty() ? 0.0 : std::min( 3.0, room / lane.sources.size() ) };
}
} // namespace

int TimelinePainter::sourceBandAt( const TimelineLane &lane, const QRectF &rect, double y )
{
  const SourceBands bands = sourceBands( lane, rect );
  if ( bands.height <= 0 || y < bands.top - 0.5 || y > bands.top + bands.height * lane.sources.size() + 0.5 )
    return -1;
  const int index = static_cast<int>( ( y - bands.top ) / bands.height );
  return std::clamp( index, 0, static_cast<int>( lane.sources.size() ) - 1 );
}

void TimelinePainter::paintLane( const TimelineLane &lane, const QRectF &rect )
{
  const double middle = rect.center().y();
  mPainter.setPen( Qt::NoPen );
  // Ground stops: a thin grey bar at the field.
  mPainter.setBrush( QColor( 0x99, 0x9e, 0xa3 ) );
  for ( const TimeRange &stop : lane.groundStops )
    mPainter.drawRect( QRectF( mScale.x( stop.start ), middle - 2,
                               std::max( 1.0, mScale.x( stop.end ) - mScale.x( stop.start ) ), 4 ) );
  // Legs: solid bars.
  mPainter.setBrush( QColor( 0x1f, 0x4e, 0x79 ) );
  for ( const TimeRange &leg : lane.legs )
    mPainter.drawRect( QRectF( mScale.x( leg.start ), middle - 5,
                               std::max( 2.0, mScale.x( leg.end ) - mScale.x( leg.start ) ), 10 ) );
  // Gaps drawn over the legs: "no data". In flight red and hatched; a ground stop inferred
  // (landing and take-off not seen) amber with a dotted edge; on the ground or unknown grey.
  for ( const TimelineGap &gap : lane.gaps )
  {
    const QRectF box( mScale.x( gap.range.start ), middle - 6,
                      std::max( 2.0, mScale.x( gap.range.end ) - mScale.x( gap.range.start ) ), 12 );
    const QColor color = gap.inFlight       ? QColor( 0xc0, 0x39, 0x2b )
                         : gap.inferredStop ? QColor( 0xb9, 0x77, 0x0e )
                                            : QColor( 0x80, 0x80, 0x80 );
    mPainter.setBrush( QBrush( mLook.base ) );
    mPainter.setPen( Qt::NoPen );
    mPainter.drawRect( box );
    mPainter.setBrush( QBrush( color, gap.inFlight ? Qt::BDiagPattern : Qt::Dense6Pattern ) );
    mPainter.setPen( QPen( color, 1,
                           gap.open           ? Qt::DashLine
                           : gap.inferredStop ? Qt::DotLine
                                              : Qt::SolidLine ) );
    mPainter.drawRect( box );
  }
  // Each source's coverage: where the aircraft was seen, and by which.
  const SourceBands bands = sourceBands( lane, rect );
  mPainter.setPen( Qt::NoPen );
  for ( int s = 0; s < lane.sources.size() && bands.height > 0; ++s )
  {
    mPainter.setBrush( sourceColor( s ) );
    for ( const auto &[start, end] : lane.sources.at( s ).spans )
      mPainter.drawRect( QRectF( mScale.x( start ), bands.top + s * bands.height,
                                 std::max( 1.5, mScale.x( end ) - mScale.x( start ) ),
                                 std::max( 1.0, bands.height - 0.5 ) ) );
  }
}

namespace timelinestrip
{
namespace
{
// The name column: the widest name, within a narrow page's means.
double labelColumn( const QVector<TimelineLane> &lanes, const QVector<int> &shown, double width,
                    const QFontMetricsF &metrics )
{
  double widest = metrics.horizontalAdvance( QStringLiteral( "UTC 0000-00" ) );
  widest = std::max( widest,
                     metrics.horizontalAdvance( QCoreApplication::translate( "TimelineWidget", "Events" ) ) );
  for ( int index : shown )
    widest = std::max( widest, metrics.horizontalAdvance( lanes.at( index ).label ) );
  return std::min( widest + 10, width * 0.2 );
}

double axisHeight( const QFontMetricsF &metrics )
{
  return metrics.height() + 10;
}
} // namespace

QVector<int> lanesIn( const QVector<TimelineLane> &lanes, const TimeRange &window )
{
  QVector<int> shown;
  auto meets = [&window]( const TimeRange &range ) {
    return TimeRange{ range.start, range.end + 1 }.intersects( window );
  };
  for ( int i = 0; i < lanes.size(); ++i )
  {
    const TimelineLane &lane = lanes.at( i );
    bool active = std::any_of( lane.legs.cbegin(), lane.legs.cend(), meets ) ||
                  std::any_of( lane.groundStops.cbegin(), lane.groundStops.cend(), meets );
    for ( const TimelineGap &gap : lane.gaps )
      active = active || meets( gap.range );
    if ( active )
      shown.append( i );
  }
  return shown;
}

int eventRowsIn( const QVector<TimelineEvent> &events, const TimeRange &window, double width,
                 const QFontMetricsF &metrics )
{
  const TimelineScale scale{ window, 0, width };
  const QVector<int> rows =
      TimelinePainter::packEventRows( events, scale, metrics, 0, width, kMaxStripEventRows );
  int used = 0;
  for ( int row : rows )
    used = std::max( used, row + 1 );
  return used;
}

double height( const QVector<TimelineEvent> &events, const QVector<TimelineLane> &lanes,
               const TimeRange &window, double width, const QFontMetricsF &metrics )
{
  const QVector<int> shown = lanesIn( lanes, window );
  const double lanesWidth = width - labelColumn( lanes, shown, width, metrics );
  const int eventRows = std::max( 1, eventRowsIn( events, window, lanesWidth, metrics ) );
  const double row = metrics.height() + 8;
  return axisHeight( metrics ) + row * ( eventRows + std::max<int>( 1, shown.size() ) ) + 1;
}

void paint( QPainter &painter, const QRectF &rect, const TimelineLook &look,
            const QVector<TimelineEvent> &events, const QVector<TimelineLane> &lanes,
            const TimeRange &window )
{
  const QFontMetricsF metrics( look.font, painter.device() );
  const QVector<int> shown = lanesIn( lanes, window );
  const double column = labelColumn( lanes, shown, rect.width(), metrics );
  const TimelineScale scale{ window, rect.left() + column, rect.width() - column };
  TimelinePainter draw( painter, look, scale );
  const double row = draw.rowHeight();
  const QVector<int> rows =
      TimelinePainter::packEventRows( events, scale, metrics, scale.left, rect.right(), kMaxStripEventRows );
  int eventRows = 1;
  for ( int r : rows )
    eventRows = std::max( eventRows, r + 1 );

  painter.save();
  painter.setClipRect( rect );
  painter.fillRect( rect, look.base );
  painter.fillRect( QRectF( rect.left(), rect.top(), column, rect.height() ), look.alternateBase );
  const double axis = axisHeight( metrics );
  const double lanesTop = rect.top() + axis;
  draw.paintAxis( QRectF( scale.left, rect.top(), scale.width, axis ),
                  QRectF( rect.left(), rect.top(), column, axis ), draw.ticks( 0 ), QStringLiteral( "UTC" ),
                  true, lanesTop, rect.bottom() );
  painter.setFont( look.font );
  painter.setPen( look.text );
  painter.drawText( QRectF( rect.left() + 4, lanesTop, column - 8, row ), Qt::AlignVCenter | Qt::AlignLeft,
                    QCoreApplication::translate( "TimelineWidget", "Events" ) );
  painter.save();
  painter.setClipRect( QRectF( scale.left, lanesTop, scale.width, row * eventRows ) );
  draw.paintEvents( events, rows, QRectF( scale.left, lanesTop, scale.width, row * eventRows ), eventRows,
                    QString(), std::nullopt );
  painter.restore();
  double y = lanesTop + row * eventRows;
  painter.setPen( look.mid );
  painter.drawLine( QPointF( rect.left(), y ), QPointF( rect.right(), y ) );
  if ( shown.isEmpty() )
  {
    painter.setPen( look.mid );
    painter.drawText( QRectF( scale.left + 4, y, scale.width - 8, row ), Qt::AlignVCenter | Qt::AlignLeft,
                      QCoreApplication::translate( "TimelineWidget", "No aircraft data in this window" ) );
  }
  for ( int index : shown )
  {
    const TimelineLane &lane = lanes.at( index );
    painter.setFont( look.font );
    painter.setPen( look.text );
    painter.drawText( QRectF( rect.left() + 4, y, column - 8, row ), Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText( lane.label, Qt::ElideRight, column - 8 ) );
    painter.save();
    painter.setClipRect( QRectF( scale.left, y, scale.width, row ) );
    draw.paintLane( lane, QRectF( scale.left, y, scale.width, row ) );
    painter.restore();
    y += row;
  }
  painter.setPen( look.mid );
  painter.setBrush( Qt::NoBrush );
  painter.drawRect( rect.adjusted( 0, 0, -0.5, -0.5 ) );
  painter.restore();
}
} // namespace timelinestrip

} // namespace sortie
