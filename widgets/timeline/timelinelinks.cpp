// Links between legs and events on the timeline: the line drawn while the analyst drags a
// leg onto an event, and the lines of a selected correlation. Kept apart from
// timelinewidget.cpp, which lays out and paints everything else.
#include "widgets/timeline/timelinewidget.h"

#include <QPainter>
#include <QScrollBar>

#include <cmath>
#include <limits>

namespace sortie
{

namespace
{
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kLinkDragPx = 6; // a drag this far, more up or down than sideways, links

bool isFinite( const QPointF &p )
{
  return std::isfinite( p.x() ) && std::isfinite( p.y() );
}
} // namespace

void TimelineWidget::setHighlightedLinks( const QVector<QPair<QPair<int, int>, QString>> &links )
{
  mHighlightedLinks = links;
  update();
}

QPointF TimelineWidget::legAnchor( int lane, int leg ) const
{
  const QVector<int> shown = shownLanes();
  const int row = shown.indexOf( lane );
  if ( row < 0 || leg < 0 || leg >= mLanes.at( lane ).legs.size() )
    return { kNaN, kNaN };
  const TimeRange &range = mLanes.at( lane ).legs.at( leg );
  const QRect area = aircraftLanesRect();
  const double y = area.top() + row * laneHeight() - mLaneScroll->value() + laneHeight() / 2.0;
  if ( y < area.top() || y > area.bottom() )
    return { kNaN, kNaN };
  return { ( xForTime( range.start ) + xForTime( range.end ) ) / 2.0, y };
}

QPointF TimelineWidget::eventAnchor( const QString &id ) const
{
  const QVector<int> rows = eventRowAssignment();
  for ( int i = 0; i < mEvents.size(); ++i )
  {
    if ( mEvents.at( i ).id != id || rows.at( i ) < 0 )
      continue;
    const double x =
        mEvents.at( i ).interval.end > mEvents.at( i ).interval.start
            ? ( xForTime( mEvents.at( i ).interval.start ) + xForTime( mEvents.at( i ).interval.end ) ) / 2.0
            : xForTime( mEvents.at( i ).interval.start );
    return { x, lanesRect().top() + rows.at( i ) * laneHeight() + laneHeight() / 2.0 };
  }
  return { kNaN, kNaN };
}

void TimelineWidget::paintLinks( QPainter &painter ) const
{
  painter.save();
  painter.setRenderHint( QPainter::Antialiasing, true );
  painter.setClipRect(
      QRect( mLabelColumn, lanesRect().top(), width() - mLabelColumn, lanesRect().height() ) );
  // A selected correlation: solid, in the selection colour.
  painter.setPen( QPen( palette().highlight().color(), 2 ) );
  for ( const auto &[leg, event] : mHighlightedLinks )
  {
    const QPointF from = legAnchor( leg.first, leg.second );
    const QPointF to = eventAnchor( event );
    if ( isFinite( from ) && isFinite( to ) )
    {
      painter.drawLine( from, to );
      painter.drawEllipse( to, 4, 4 );
    }
  }
  // A link being dragged: dashed, to the pointer.
  if ( mDrag == Drag::Link )
  {
    const QPointF from = legAnchor( mPressedLeg.first, mPressedLeg.second );
    if ( isFinite( from ) )
    {
      painter.setPen( QPen( palette().highlight().color(), 2, Qt::DashLine ) );
      painter.drawLine( from, mLinkPoint );
    }
  }
  painter.restore();
}

bool TimelineWidget::startLinkDrag( const QPointF &position )
{
  if ( mPressedLeg.first < 0 )
    return false;
  const QPointF moved = position - mPressPosition;
  if ( std::abs( moved.y() ) < kLinkDragPx || std::abs( moved.y() ) <= std::abs( moved.x() ) )
    return false;
  mDrag = Drag::Link;
  finishLinkDrag( position );
  return true;
}

void TimelineWidget::finishLinkDrag( const QPointF &position )
{
  mLinkPoint = position;
  setCursor( eventAt( position.toPoint() ).isEmpty() ? Qt::ArrowCursor : Qt::DragLinkCursor );
  update();
}

} // namespace sortie
