#include "widgets/timeline/timelinewidget.h"

#include "models/time/timecontroller.h"
#include "models/time/utctext.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QScrollBar>
#include <QToolTip>
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

void TimelineWidget::setEvents( const QVector<TimelineEvent> &events )
{
  setContents( events, mLanes );
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

QString TimelineWidget::gapReasonAt( const QPoint &position ) const
{
  const QRect area = aircraftLanesRect();
  if ( !area.contains( position ) || position.x() < mLabelColumn )
    return QString();
  const QVector<int> shown = shownLanes();
  const int row = ( position.y() - area.top() + mLaneScroll->value() ) / laneHeight();
  if ( row < 0 || row >= shown.size() )
    return QString();
  for ( const TimelineGap &gap : mLanes.at( shown.at( row ) ).gaps )
  {
    if ( position.x() >= xForTime( gap.range.start ) - 2 && position.x() <= xForTime( gap.range.end ) + 2 )
      return gap.reason;
  }
  return QString();
}

QString TimelineWidget::toolTipAt( const QPoint &position ) const
{
  const QRect area = aircraftLanesRect();
  if ( !area.contains( position ) )
    return QString();
  const QVector<int> shown = shownLanes();
  const int row = ( position.y() - area.top() + mLaneScroll->value() ) / laneHeight();
  if ( row < 0 || row >= shown.size() )
    return QString();
  const TimelineLane &lane = mLanes.at( shown.at( row ) );
  if ( position.x() < mLabelColumn )
  {
    if ( lane.sources.isEmpty() )
      return lane.label;
    QStringList lines{ lane.label };
    for ( const SourceCoverage &source : lane.sources )
      lines << sourceSummary( source );
    return lines.join( QLatin1Char( '\n' ) );
  }
  const int rowTop = area.top() + row * laneHeight() - mLaneScroll->value();
  const int band = TimelinePainter::sourceBandAt(
      lane, QRectF( lanesRect().left(), rowTop, lanesRect().width(), laneHeight() ), position.y() );
  if ( band >= 0 )
    return sourceSummary( lane.sources.at( band ) );
  return gapReasonAt( position );
}

bool TimelineWidget::event( QEvent *event )
{
  if ( event->type() == QEvent::ToolTip )
  {
    auto *help = static_cast<QHelpEvent *>( event );
    const QString reason = toolTipAt( help->pos() );
    if ( reason.isEmpty() )
    {
      QToolTip::hideText();
      event->ignore();
    }
    else
      QToolTip::showText( help->globalPos(), reason, this );
    return true;
  }
  return QWidget::event( event );
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

TimelineScale TimelineWidget::scale() const
{
  const QRect area = axisRect();
  return TimelineScale{ mController ? mController->visibleRange() : TimeRange{ 0, 1 },
                        static_cast<double>( area.left() ),
                        static_cast<double>( std::max( 1, area.width() ) ) };
}

TimelineLook TimelineWidget::look() const
{
  return TimelineLook{ font(),
                       palette().windowText().color(),
                       palette().mid().color(),
                       palette().base().color(),
                       palette().alternateBase().color(),
                       palette().highlight().color() };
}

QVector<int> TimelineWidget::eventRowAssignment() const
{
  return TimelinePainter::packEventRows( mEvents, scale(), QFontMetricsF( font() ), mLabelColumn - 400.0,
                                         width() + 10.0, kMaxEventRows );
}

QSize TimelineWidget::minimumSizeHint() const
{
  return QSize( 300, axisHeight() + laneHeight() * 2 + kDensityHeight );
}

double TimelineWidget::xForTime( std::int64_t timeMs ) const
{
  return scale().x( timeMs );
}

std::int64_t TimelineWidget::timeForX( double x ) const
{
  return scale().time( x );
}

void TimelineWidget::paintEvent( QPaintEvent * )
{
  QPainter painter( this );
  painter.fillRect( rect(), palette().base() );
  painter.fillRect( QRect( 0, 0, mLabelColumn, height() ), palette().window() );
  if ( !mController )
    return;

  TimelinePainter draw( painter, look(), scale() );
  const int oneAxis = axisHeight();
  const double gridTop = lanesRect().top();
  const double gridBottom = densityRect().top();
  draw.paintAxis( QRect( mLabelColumn, 0, axisRect().width(), oneAxis ), QRect( 0, 0, mLabelColumn, oneAxis ),
                  draw.ticks( 0 ), QStringLiteral( "UTC" ), true, gridTop, gridBottom );
  if ( !mSecondZoneName.isEmpty() )
    draw.paintAxis( QRect( mLabelColumn, oneAxis, axisRect().width(), oneAxis ),
                    QRect( 0, oneAxis, mLabelColumn, oneAxis ), draw.ticks( mSecondZoneOffset ),
                    mSecondZoneName, false, gridTop, gridBottom );

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
  draw.paintEvents( mEvents, eventRowAssignment(), QRect( lanes.left(), y, lanes.width(), eventsHeight() ),
                    kMaxEventRows, mSelectedEvent, mController->currentTime() );
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
    draw.paintLane( lane, QRect( lanes.left(), y, lanes.width(), height ) );
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

void TimelineWidget::mouseDoubleClickEvent( QMouseEvent *event )
{
  // The press before it selected what is under the pointer; the double-click shows it.
  const QPoint position = mousePosition( event ).toPoint();
  if ( event->button() != Qt::LeftButton || position.x() < mLabelColumn )
  {
    QWidget::mouseDoubleClickEvent( event );
    return;
  }
  if ( const QString id = eventAt( position ); !id.isEmpty() )
  {
    emit eventDoubleClicked( id );
    return;
  }
  const QPair<int, int> leg = legAt( position );
  if ( leg.first >= 0 && leg.second >= 0 )
    emit legDoubleClicked( leg.first, leg.second );
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
