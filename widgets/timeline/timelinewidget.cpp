#include "widgets/timeline/timelinewidget.h"

#include "models/time/timecontroller.h"
#include "models/time/utctext.h"
#include "widgets/timeline/timeticks.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace sortie
{

namespace
{
constexpr int kMaxEventRows = 3; // always reserved, so that lanes do not jump while panning
constexpr int kDensityHeight = 14;
constexpr int kCursorGrabPx = 5;
constexpr double kWheelZoomPerNotch = 0.8;

// QMouseEvent::position() is Qt 6; its Qt 5.15 name, localPos(), is deprecated in Qt 6.
QPointF mousePosition( const QMouseEvent *event )
{
#if QT_VERSION >= QT_VERSION_CHECK( 6, 0, 0 )
  return event->position();
#else
  return event->localPos();
#endif
}

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

TimelineWidget::TimelineWidget( TimeController *controller, QWidget *parent )
  : QWidget( parent )
  , mController( controller )
{
  setObjectName( QStringLiteral( "timelineWidget" ) );
  setFocusPolicy( Qt::StrongFocus );
  setMouseTracking( true );
  setAttribute( Qt::WA_OpaquePaintEvent );
  mLaneScroll = new QScrollBar( Qt::Vertical, this );
  mLaneScroll->setObjectName( QStringLiteral( "laneScrollBar" ) );
  connect( mLaneScroll, &QScrollBar::valueChanged, this, qOverload<>( &QWidget::update ) );
  auto repaint = [this] { update(); };
  connect( controller, &TimeController::currentTimeChanged, this, repaint );
  connect( controller, &TimeController::visibleRangeChanged, this,
           [this]
           {
             updateLaneScroll(); // the aircraft with data in view change as the range moves
             update();
           } );
  connect( controller, &TimeController::selectedWindowChanged, this, repaint );
  connect( controller, &TimeController::dataExtentChanged, this, repaint );
}

void TimelineWidget::setContents( const QVector<TimelineEvent> &events, const QVector<TimelineLane> &lanes )
{
  mEvents = events;
  mLanes = lanes;
  updateLabelColumn();
  updateLaneScroll();
  if ( mController )
  {
    mController->setStops( timelineStops( events, lanes ) );
    mController->setDataExtent( timelineExtent( events, lanes ) );
  }
  updateGeometry();
  update();
}

void TimelineWidget::setSecondZone( const QString &zoneName, int offsetSeconds )
{
  mSecondZoneName = zoneName;
  mSecondZoneOffset = offsetSeconds;
  updateLabelColumn();
  updateGeometry();
  update();
}

int TimelineWidget::axisHeight() const
{
  return fontMetrics().height() + 10;
}

int TimelineWidget::laneHeight() const
{
  return fontMetrics().height() + 8;
}

QRect TimelineWidget::axisRect() const
{
  const int axes = mSecondZoneName.isEmpty() ? 1 : 2;
  return QRect( mLabelColumn, 0, std::max( 1, width() - mLabelColumn ), axisHeight() * axes );
}

QRect TimelineWidget::lanesRect() const
{
  const QRect axis = axisRect();
  return QRect( mLabelColumn, axis.bottom() + 1, axis.width(),
                std::max( 1, height() - axis.height() - kDensityHeight ) );
}

QRect TimelineWidget::densityRect() const
{
  return QRect( mLabelColumn, height() - kDensityHeight, std::max( 1, width() - mLabelColumn ),
                kDensityHeight );
}

void TimelineWidget::setSelectedEvent( const QString &id )
{
  if ( id == mSelectedEvent )
    return;
  mSelectedEvent = id;
  update();
}

QString TimelineWidget::eventAt( const QPoint &position ) const
{
  const QRect lanes = lanesRect();
  const QRect events( mLabelColumn, lanes.top(), lanes.width(), eventsHeight() );
  if ( !events.contains( position ) )
    return QString();
  const QVector<int> rows = eventRowAssignment();
  const int row = ( position.y() - events.top() ) / laneHeight();
  for ( int i = mEvents.size() - 1; i >= 0; --i ) // topmost drawn first
  {
    if ( rows.at( i ) != row )
      continue;
    const double x1 = xForTime( mEvents.at( i ).interval.start );
    const double x2 = std::max( xForTime( mEvents.at( i ).interval.end ), x1 );
    if ( position.x() >= x1 - 6 && position.x() <= x2 + 6 )
      return mEvents.at( i ).id;
  }
  return QString();
}

QPair<int, int> TimelineWidget::legAt( const QPoint &position ) const
{
  const QRect area = aircraftLanesRect();
  if ( !area.contains( position ) || position.x() < mLabelColumn )
    return { -1, -1 };
  const QVector<int> shown = shownLanes();
  const int row = ( position.y() - area.top() + mLaneScroll->value() ) / laneHeight();
  if ( row < 0 || row >= shown.size() )
    return { -1, -1 };
  const int lane = shown.at( row );
  const QVector<TimeRange> &legs = mLanes.at( lane ).legs;
  for ( int leg = 0; leg < legs.size(); ++leg )
  {
    if ( position.x() >= xForTime( legs.at( leg ).start ) - 3 &&
         position.x() <= xForTime( legs.at( leg ).end ) + 3 )
      return { lane, leg };
  }
  return { -1, -1 };
}

void TimelineWidget::setSelectedLeg( int lane, int leg )
{
  mSelectedLeg = { lane, leg };
  update();
}

QVector<int> TimelineWidget::shownLanes() const
{
  QVector<int> shown;
  const TimeRange visible = mController ? mController->visibleRange() : TimeRange();
  for ( int i = 0; i < mLanes.size(); ++i )
  {
    const TimelineLane &lane = mLanes.at( i );
    bool active = mShowIdleLanes || !visible.isValid() ||
                  TimeRange{ lane.extent.start, lane.extent.end + 1 }.intersects( visible );
    for ( int g = 0; !active && g < lane.gaps.size(); ++g )
      active = lane.gaps.at( g ).range.intersects( visible );
    if ( active )
      shown.append( i );
  }
  return shown;
}

void TimelineWidget::setShowIdleLanes( bool show )
{
  mShowIdleLanes = show;
  updateLaneScroll();
  update();
}

int TimelineWidget::eventsHeight() const
{
  return mEvents.isEmpty() ? laneHeight() : laneHeight() * kMaxEventRows;
}

QRect TimelineWidget::aircraftLanesRect() const
{
  const QRect lanes = lanesRect();
  return QRect( 0, lanes.top() + eventsHeight(), width(), std::max( 0, lanes.height() - eventsHeight() ) );
}

void TimelineWidget::updateLaneScroll()
{
  const QRect area = aircraftLanesRect();
  const int content = laneHeight() * static_cast<int>( shownLanes().size() );
  const int hidden = std::max( 0, content - area.height() );
  mLaneScroll->setRange( 0, hidden );
  mLaneScroll->setPageStep( std::max( 1, area.height() ) );
  mLaneScroll->setSingleStep( laneHeight() );
  const int barWidth = mLaneScroll->sizeHint().width();
  mLaneScroll->setGeometry( width() - barWidth, area.top(), barWidth, area.height() );
  mLaneScroll->setVisible( hidden > 0 );
}

void TimelineWidget::resizeEvent( QResizeEvent *event )
{
  QWidget::resizeEvent( event );
  updateLaneScroll();
}

QSize TimelineWidget::sizeHint() const
{
  return QSize( 800, axisRect().height() +
                         laneHeight() * ( kMaxEventRows + static_cast<int>( mLanes.size() ) ) +
                         kDensityHeight + 4 );
}

void TimelineWidget::updateLabelColumn()
{
  const QFontMetrics metrics = fontMetrics();
  int widest = metrics.horizontalAdvance( QStringLiteral( "UTC 0000-00-00" ) );
  if ( !mSecondZoneName.isEmpty() )
    widest =
        std::max( widest, metrics.horizontalAdvance( mSecondZoneName + QStringLiteral( " 0000-00-00" ) ) );
  for ( const TimelineLane &lane : mLanes )
    widest = std::max( widest, metrics.horizontalAdvance( lane.label ) );
  mLabelColumn = std::clamp( widest + 14, 100, 240 );
}

QVector<int> TimelineWidget::eventRowAssignment() const
{
  // Each row remembers where its last label ends; an event goes to the first row where
  // its marker and label fit, else to the last row without a label (see paintEvents).
  // Only events near the view are packed: far ones must not push these into other rows.
  QVector<int> rows( mEvents.size(), -1 );
  const double left = mLabelColumn - 400.0;
  const double right = width() + 10.0;
  double rowEnds[kMaxEventRows];
  std::fill( std::begin( rowEnds ), std::end( rowEnds ), -1e9 );
  const QFontMetrics metrics = fontMetrics();
  for ( int i = 0; i < mEvents.size(); ++i )
  {
    const TimelineEvent &event = mEvents.at( i );
    const double x1 = xForTime( event.interval.start ) - 6;
    const double end =
        std::max( xForTime( event.interval.end ), x1 + 13 + metrics.horizontalAdvance( event.title ) );
    if ( end < left || x1 > right )
      continue;
    rows[i] = kMaxEventRows - 1;
    for ( int row = 0; row < kMaxEventRows; ++row )
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

QSize TimelineWidget::minimumSizeHint() const
{
  return QSize( 300, axisHeight() + laneHeight() * 2 + kDensityHeight );
}

double TimelineWidget::xForTime( std::int64_t timeMs ) const
{
  const TimeRange range = mController ? mController->visibleRange() : TimeRange{ 0, 1 };
  const QRect area = axisRect();
  return area.left() + ( timeMs - range.start ) * static_cast<double>( area.width() ) /
                           std::max<std::int64_t>( 1, range.span() );
}

std::int64_t TimelineWidget::timeForX( double x ) const
{
  const TimeRange range = mController ? mController->visibleRange() : TimeRange{ 0, 1 };
  const QRect area = axisRect();
  return range.start + static_cast<std::int64_t>(
                           std::llround( ( x - area.left() ) * range.span() / std::max( 1, area.width() ) ) );
}

void TimelineWidget::paintEvent( QPaintEvent * )
{
  QPainter painter( this );
  painter.fillRect( rect(), palette().base() );
  painter.fillRect( QRect( 0, 0, mLabelColumn, height() ), palette().window() );
  if ( !mController )
    return;

  const int oneAxis = axisHeight();
  paintAxis( painter, QRect( mLabelColumn, 0, axisRect().width(), oneAxis ), 0, QStringLiteral( "UTC" ),
             true );
  if ( !mSecondZoneName.isEmpty() )
    paintAxis( painter, QRect( mLabelColumn, oneAxis, axisRect().width(), oneAxis ), mSecondZoneOffset,
               mSecondZoneName, false );

  const QRect lanes = lanesRect();
  painter.save();
  painter.setClipRect( QRect( 0, lanes.top(), width(), lanes.height() ) );
  int y = lanes.top();
  const int height = laneHeight();
  painter.setPen( palette().windowText().color() );
  painter.drawText( QRect( 4, y, mLabelColumn - 8, height ), Qt::AlignVCenter | Qt::AlignLeft,
                    tr( "Events" ) );
  // Marks that start before the visible range must not run into the name column.
  painter.setClipRect( QRect( mLabelColumn, lanes.top(), lanes.width(), lanes.height() ) );
  paintEvents( painter, QRect( lanes.left(), y, lanes.width(), eventsHeight() ) );
  painter.setClipRect( QRect( 0, lanes.top(), width(), lanes.height() ) );
  y += eventsHeight();
  painter.setPen( palette().mid().color() );
  painter.drawLine( 0, y - 1, width(), y - 1 );
  // The aircraft lanes scroll under the fixed axis and events.
  painter.setClipRect( aircraftLanesRect() );
  y -= mLaneScroll->value();
  const QVector<int> shown = shownLanes();
  if ( shown.isEmpty() && !mLanes.isEmpty() )
  {
    painter.setPen( palette().mid().color() );
    painter.drawText( QRect( mLabelColumn + 8, y, width(), height ), Qt::AlignVCenter | Qt::AlignLeft,
                      tr( "No aircraft data in this range (%1 tracks elsewhere)" ).arg( mLanes.size() ) );
  }
  for ( int index : shown )
  {
    const TimelineLane &lane = mLanes.at( index );
    painter.setPen( palette().windowText().color() );
    painter.drawText( QRect( 4, y, mLabelColumn - 8, height ), Qt::AlignVCenter | Qt::AlignLeft,
                      fontMetrics().elidedText( lane.label, Qt::ElideRight, mLabelColumn - 8 ) );
    painter.save();
    painter.setClipRect(
        aircraftLanesRect().intersected( QRect( mLabelColumn, 0, width(), rect().height() ) ) );
    paintLane( painter, lane, QRect( lanes.left(), y, lanes.width(), height ) );
    if ( mSelectedLeg.first == index && mSelectedLeg.second >= 0 && mSelectedLeg.second < lane.legs.size() )
    {
      const TimeRange &leg = lane.legs.at( mSelectedLeg.second );
      painter.setPen( QPen( palette().highlight().color(), 2 ) );
      painter.setBrush( Qt::NoBrush );
      painter.drawRect( QRectF( xForTime( leg.start ) - 2, y + height / 2.0 - 8,
                                xForTime( leg.end ) - xForTime( leg.start ) + 4, 16 ) );
    }
    painter.restore();
    y += height;
  }
  painter.restore();

  paintDensity( painter, densityRect() );
  paintLinks( painter );
  paintCursorAndWindow( painter );

  if ( hasFocus() )
  {
    painter.setPen( QPen( palette().highlight().color(), 1 ) );
    painter.drawRect( rect().adjusted( 0, 0, -1, -1 ) );
  }
}

void TimelineWidget::paintAxis( QPainter &painter, const QRect &rect, int offsetSeconds,
                                const QString &zoneName, bool primary )
{
  const TimeRange range = mController->visibleRange();
  const QFontMetricsF metrics( font() );
  const TimeTicks ticks = chooseTimeTicks(
      range, rect.width(), [&metrics]( const QString &text ) { return metrics.horizontalAdvance( text ); },
      8.0, offsetSeconds );
  painter.fillRect( rect, palette().alternateBase() );
  // The zone, and what the labels leave out, in the label column: "UTC 2024-07-09".
  painter.setPen( palette().windowText().color() );
  QFont bold = font();
  bold.setBold( primary );
  painter.setFont( bold );
  painter.drawText( QRect( 4, rect.top(), mLabelColumn - 8, rect.height() ), Qt::AlignVCenter | Qt::AlignLeft,
                    ticks.contextLabel.isEmpty() ? zoneName
                                                 : zoneName + QLatin1Char( ' ' ) + ticks.contextLabel );
  painter.setFont( font() );
  for ( const TimeTick &tick : ticks.ticks )
  {
    const double x = xForTime( tick.timeMs );
    painter.setPen( QPen( tick.major ? palette().windowText().color() : palette().mid().color(),
                          tick.major ? 1.5 : 1.0 ) );
    painter.drawLine( QPointF( x, rect.bottom() - 6 ), QPointF( x, rect.bottom() ) );
    painter.setPen( palette().windowText().color() );
    painter.drawText( QPointF( x + 3, rect.top() + metrics.ascent() + 3 ), tick.label );
    if ( primary )
    {
      // Faint grid through the lanes.
      painter.setPen( QPen( QColor( 0, 0, 0, tick.major ? 40 : 18 ), 1 ) );
      painter.drawLine( QPointF( x, lanesRect().top() ), QPointF( x, densityRect().top() ) );
    }
  }
  painter.setPen( palette().mid().color() );
  painter.drawLine( rect.bottomLeft(), rect.bottomRight() );
}

void TimelineWidget::paintEvents( QPainter &painter, const QRect &rect )
{
  const QFontMetrics metrics = fontMetrics();
  const QVector<int> rows = eventRowAssignment();
  const int rowHeight = laneHeight();
  auto middleOf = [&]( int row ) { return rect.top() + row * rowHeight + rowHeight / 2; };

  // Markers first, labels after on a light halo: a marker never hides a label.
  for ( int i = 0; i < mEvents.size(); ++i )
  {
    const TimelineEvent &event = mEvents.at( i );
    const double x1 = xForTime( event.interval.start );
    const double x2 = xForTime( event.interval.end );
    const int row = rows.at( i );
    if ( row < 0 || x2 < rect.left() - 200 || x1 > rect.right() )
      continue;
    const int middle = middleOf( row );
    const QColor color = eventKindColor( event.kind );
    // Selected: outlined in the highlight colour. Happening now: drawn larger.
    const bool selected = !mSelectedEvent.isEmpty() && event.id == mSelectedEvent;
    const std::int64_t now = mController->currentTime();
    const bool current = event.instant() ? std::abs( now - event.interval.start ) <= kInstantEventCurrentMs
                                         : event.interval.contains( now );
    painter.setPen( selected ? QPen( palette().highlight().color(), 2 ) : QPen( Qt::NoPen ) );
    const double grow = current ? 2.0 : 0.0;
    if ( event.instant() || x2 - x1 < 3 )
    {
      QPainterPath diamond;
      diamond.moveTo( x1, middle - 5 - grow );
      diamond.lineTo( x1 + 5 + grow, middle );
      diamond.lineTo( x1, middle + 5 + grow );
      diamond.lineTo( x1 - 5 - grow, middle );
      diamond.closeSubpath();
      painter.setBrush( color );
      painter.setRenderHint( QPainter::Antialiasing, true );
      painter.drawPath( diamond );
      painter.setRenderHint( QPainter::Antialiasing, false );
    }
    else
    {
      QColor fill = color;
      fill.setAlpha( current ? 190 : 110 );
      painter.setBrush( fill );
      painter.drawRect( QRectF( x1, middle - 4 - grow, x2 - x1, 8 + 2 * grow ) );
    }
  }
  QVector<double> labelEnds( kMaxEventRows, -1e9 ); // labels are skipped rather than drawn over each other
  QColor halo = palette().base().color();
  halo.setAlpha( 215 );
  for ( int i = 0; i < mEvents.size(); ++i )
  {
    const TimelineEvent &event = mEvents.at( i );
    const int row = rows.at( i );
    const double x1 = xForTime( event.interval.start );
    if ( row < 0 || x1 > rect.right() )
      continue;
    const double labelX = std::max( x1 + 7, static_cast<double>( rect.left() ) + 2 );
    if ( labelX <= labelEnds[row] + 6 )
      continue;
    const int available = static_cast<int>(
        std::min<double>( metrics.horizontalAdvance( event.title ), rect.right() - labelX ) );
    if ( available <= 30 )
      continue;
    const QString text = metrics.elidedText( event.title, Qt::ElideRight, available );
    const int textWidth = metrics.horizontalAdvance( text );
    const int middle = middleOf( row );
    painter.fillRect( QRectF( labelX - 1, middle - metrics.height() / 2.0, textWidth + 2, metrics.height() ),
                      halo );
    painter.setPen( palette().windowText().color() );
    painter.drawText( QPointF( labelX, middle + ( metrics.ascent() - metrics.descent() ) / 2.0 ), text );
    labelEnds[row] = labelX + textWidth;
  }
}

void TimelineWidget::paintLane( QPainter &painter, const TimelineLane &lane, const QRect &rect )
{
  const int middle = rect.center().y();
  painter.setPen( Qt::NoPen );
  // Ground stops: a thin grey bar at the field.
  painter.setBrush( QColor( 0x99, 0x9e, 0xa3 ) );
  for ( const TimeRange &stop : lane.groundStops )
    painter.drawRect( QRectF( xForTime( stop.start ), middle - 2,
                              std::max( 1.0, xForTime( stop.end ) - xForTime( stop.start ) ), 4 ) );
  // Legs: solid bars.
  painter.setBrush( QColor( 0x1f, 0x4e, 0x79 ) );
  for ( const TimeRange &leg : lane.legs )
    painter.drawRect( QRectF( xForTime( leg.start ), middle - 5,
                              std::max( 2.0, xForTime( leg.end ) - xForTime( leg.start ) ), 10 ) );
  // Gaps drawn over the legs: "no data". In flight red and hatched; on the ground grey.
  for ( const TimelineGap &gap : lane.gaps )
  {
    const QRectF box( xForTime( gap.range.start ), middle - 6,
                      std::max( 2.0, xForTime( gap.range.end ) - xForTime( gap.range.start ) ), 12 );
    const QColor color = gap.inFlight ? QColor( 0xc0, 0x39, 0x2b ) : QColor( 0x80, 0x80, 0x80 );
    painter.setBrush( QBrush( palette().base().color() ) );
    painter.setPen( Qt::NoPen );
    painter.drawRect( box );
    painter.setBrush( QBrush( color, gap.inFlight ? Qt::BDiagPattern : Qt::Dense6Pattern ) );
    painter.setPen( QPen( color, 1, gap.open ? Qt::DashLine : Qt::SolidLine ) );
    painter.drawRect( box );
  }
}

void TimelineWidget::paintDensity( QPainter &painter, const QRect &rect )
{
  painter.fillRect( rect, palette().alternateBase() );
  const TimeRange extent = mController->dataExtent();
  if ( !extent.isValid() )
    return;
  // Airborne time per pixel column over the whole data: a year stays navigable.
  const int columns = std::max( 1, rect.width() );
  QVector<double> airborne( columns, 0.0 );
  const double msPerColumn = static_cast<double>( extent.span() ) / columns;
  for ( const TimelineLane &lane : mLanes )
  {
    for ( const TimeRange &leg : lane.legs )
    {
      const int first =
          std::clamp( static_cast<int>( ( leg.start - extent.start ) / msPerColumn ), 0, columns - 1 );
      const int last =
          std::clamp( static_cast<int>( ( leg.end - extent.start ) / msPerColumn ), 0, columns - 1 );
      for ( int c = first; c <= last; ++c )
        airborne[c] += 1.0;
    }
  }
  const double peak = *std::max_element( airborne.cbegin(), airborne.cend() );
  painter.setPen( Qt::NoPen );
  painter.setBrush( QColor( 0x1f, 0x4e, 0x79 ) );
  for ( int c = 0; c < columns; ++c )
  {
    if ( airborne[c] <= 0 )
      continue;
    const double h = std::max( 2.0, ( rect.height() - 2 ) * airborne[c] / std::max( 1.0, peak ) );
    painter.drawRect( QRectF( rect.left() + c, rect.bottom() - h, 1, h ) );
  }
  for ( const TimelineEvent &event : mEvents )
  {
    const double x = rect.left() + ( event.interval.start - extent.start ) / msPerColumn;
    painter.setPen( eventKindColor( event.kind ) );
    painter.drawLine( QPointF( x, rect.top() ), QPointF( x, rect.top() + 4 ) );
  }
  // Where the view is.
  const TimeRange visible = mController->visibleRange();
  const double x1 = rect.left() + ( visible.start - extent.start ) / msPerColumn;
  const double x2 = rect.left() + ( visible.end - extent.start ) / msPerColumn;
  painter.setBrush( Qt::NoBrush );
  painter.setPen( QPen( palette().highlight().color(), 1 ) );
  painter.drawRect(
      QRectF( std::max<double>( x1, rect.left() ), rect.top(),
              std::max( 2.0, std::min<double>( x2, rect.right() ) - std::max<double>( x1, rect.left() ) ),
              rect.height() - 1 ) );
}

void TimelineWidget::paintCursorAndWindow( QPainter &painter )
{
  const QRect axis = axisRect();
  const int bottom = densityRect().top();
  if ( const std::optional<TimeRange> window = mController->selectedWindow() )
  {
    const double x1 = xForTime( window->start );
    const double x2 = xForTime( window->end );
    QColor shade = palette().highlight().color();
    shade.setAlpha( 40 );
    painter.fillRect( QRectF( x1, axis.top(), x2 - x1, bottom - axis.top() ), shade );
    painter.setPen( QPen( palette().highlight().color(), 1 ) );
    painter.drawLine( QPointF( x1, axis.top() ), QPointF( x1, bottom ) );
    painter.drawLine( QPointF( x2, axis.top() ), QPointF( x2, bottom ) );
  }
  const double x = xForTime( mController->currentTime() );
  if ( x < axis.left() || x > axis.right() )
    return;
  const QColor cursorColor( 0xd3, 0x54, 0x00 );
  painter.setPen( QPen( cursorColor, 2 ) );
  painter.drawLine( QPointF( x, axis.top() ), QPointF( x, bottom ) );
  const QString label = utcMinuteLabel( mController->currentTime() );
  const QFontMetrics metrics = fontMetrics();
  QRectF box( x + 4, axis.bottom() + 2, metrics.horizontalAdvance( label ) + 8, metrics.height() + 2 );
  if ( box.right() > width() - 2 )
    box.moveRight( x - 4 );
  painter.fillRect( box, cursorColor );
  painter.setPen( Qt::white );
  painter.drawText( box, Qt::AlignCenter, label );
}

void TimelineWidget::mousePressEvent( QMouseEvent *event )
{
  if ( !mController || event->button() != Qt::LeftButton )
  {
    QWidget::mousePressEvent( event );
    return;
  }
  setFocus( Qt::MouseFocusReason );
  const QPointF position = mousePosition( event );
  mPressPosition = position;
  mPressTime = timeForX( position.x() );
  mPressRange = mController->visibleRange();
  if ( position.x() < mLabelColumn )
  {
    mDrag = Drag::None;
    return;
  }
  if ( densityRect().contains( position.toPoint() ) )
  {
    // Centre the view on the clicked moment of the whole data.
    const TimeRange extent = mController->dataExtent();
    if ( extent.isValid() )
    {
      const QRect strip = densityRect();
      const auto t = extent.start + static_cast<std::int64_t>( ( position.x() - strip.left() ) /
                                                               std::max( 1, strip.width() ) * extent.span() );
      const std::int64_t span = mController->visibleRange().span();
      mController->setVisibleRange( { t - span / 2, t - span / 2 + span } );
    }
    mDrag = Drag::None;
    return;
  }
  if ( std::abs( position.x() - xForTime( mController->currentTime() ) ) <= kCursorGrabPx )
    mDrag = Drag::Cursor;
  else if ( const QString id = eventAt( position.toPoint() ); !id.isEmpty() )
  {
    mDrag = Drag::None;
    setSelectedEvent( id );
    emit eventClicked( id );
  }
  else if ( axisRect().contains( position.toPoint() ) )
    mDrag = Drag::Window;
  else
  {
    mDrag = Drag::Pan; // and a leg under a click without drag is selected on release
    mPressedLeg = legAt( position.toPoint() );
  }
}

void TimelineWidget::mouseMoveEvent( QMouseEvent *event )
{
  if ( !mController )
    return;
  const QPointF position = mousePosition( event );
  if ( mDrag == Drag::None )
  {
    const bool overCursor =
        std::abs( position.x() - xForTime( mController->currentTime() ) ) <= kCursorGrabPx;
    setCursor( overCursor ? Qt::SizeHorCursor : Qt::ArrowCursor );
    return;
  }
  switch ( mDrag )
  {
  case Drag::Cursor:
    mController->setCurrentTime( timeForX( position.x() ) );
    break;
  case Drag::Window:
  {
    const std::int64_t t = timeForX( position.x() );
    if ( std::abs( position.x() - mPressPosition.x() ) >= 3 )
      mController->setSelectedWindow( { std::min( t, mPressTime ), std::max( t, mPressTime ) } );
    break;
  }
  case Drag::Link:
    finishLinkDrag( position ); // only tracks the point until release
    break;
  case Drag::Pan:
  {
    if ( startLinkDrag( position ) )
      break;
    const double msPerPx = static_cast<double>( mPressRange.span() ) / std::max( 1, axisRect().width() );
    const auto delta =
        static_cast<std::int64_t>( std::llround( ( mPressPosition.x() - position.x() ) * msPerPx ) );
    mController->setVisibleRange( { mPressRange.start + delta, mPressRange.end + delta } );
    break;
  }
  case Drag::None:
    break;
  }
}

void TimelineWidget::mouseReleaseEvent( QMouseEvent *event )
{
  if ( mController && mDrag == Drag::Window &&
       std::abs( mousePosition( event ).x() - mPressPosition.x() ) < 3 )
  {
    // A click on the axis: jump there, and drop any selected window.
    mController->clearSelectedWindow();
    mController->setCurrentTime( mPressTime );
  }
  if ( mDrag == Drag::Pan && mPressedLeg.first >= 0 &&
       std::abs( mousePosition( event ).x() - mPressPosition.x() ) < 3 )
  {
    setSelectedLeg( mPressedLeg.first, mPressedLeg.second );
    emit legClicked( mPressedLeg.first, mPressedLeg.second );
  }
  if ( mDrag == Drag::Link )
  {
    const QString id = eventAt( mousePosition( event ).toPoint() );
    if ( !id.isEmpty() )
      emit legDroppedOnEvent( mPressedLeg.first, mPressedLeg.second, id );
    setCursor( Qt::ArrowCursor );
    update();
  }
  mPressedLeg = { -1, -1 };
  mDrag = Drag::None;
}

void TimelineWidget::wheelEvent( QWheelEvent *event )
{
  if ( !mController )
    return;
  const double notches = event->angleDelta().y() / 120.0;
  if ( notches == 0 )
    return;
  if ( ( event->modifiers() & Qt::ShiftModifier ) || event->position().x() < mLabelColumn )
  {
    // Over the names, or with Shift: scroll the aircraft lanes instead of zooming.
    mLaneScroll->setValue( mLaneScroll->value() - static_cast<int>( notches * mLaneScroll->singleStep() ) );
    event->accept();
    return;
  }
  mController->zoom( std::pow( kWheelZoomPerNotch, notches ), timeForX( event->position().x() ) );
  event->accept();
}

void TimelineWidget::keyPressEvent( QKeyEvent *event )
{
  if ( !mController )
    return;
  switch ( event->key() )
  {
  case Qt::Key_Space:
    mController->togglePlaying();
    break;
  case Qt::Key_Right:
    mController->stepForward();
    break;
  case Qt::Key_Left:
    mController->stepBackward();
    break;
  case Qt::Key_Home:
    mController->jumpToStart();
    break;
  case Qt::Key_End:
    mController->jumpToEnd();
    break;
  case Qt::Key_Plus:
  case Qt::Key_Equal:
    mController->zoom( kWheelZoomPerNotch, mController->currentTime() );
    break;
  case Qt::Key_Minus:
    mController->zoom( 1.0 / kWheelZoomPerNotch, mController->currentTime() );
    break;
  default:
    QWidget::keyPressEvent( event );
    return;
  }
  event->accept();
}

} // namespace sortie
