#include "widgets/timeline/timelinepanel.h"

#include "models/time/timecontroller.h"
#include "widgets/timeline/timelinewidget.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace sortie
{

namespace
{
QToolButton *makeButton( QWidget *parent, QStyle::StandardPixmap icon, const QString &tip,
                         const QString &name )
{
  auto *button = new QToolButton( parent );
  button->setIcon( parent->style()->standardIcon( icon ) );
  button->setToolTip( tip );
  button->setObjectName( name );
  button->setAutoRaise( true );
  return button;
}
} // namespace

TimelinePanel::TimelinePanel( TimeController *controller, QWidget *parent )
  : QWidget( parent )
  , mController( controller )
{
  setObjectName( QStringLiteral( "timelinePanel" ) );
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 2, 2, 2, 2 );
  layout->setSpacing( 2 );
  auto *controls = new QHBoxLayout;
  controls->setSpacing( 4 );

  QToolButton *back =
      makeButton( this, QStyle::SP_MediaSkipBackward, tr( "Previous event or leg boundary (Left)" ),
                  QStringLiteral( "stepBackButton" ) );
  mPlay = makeButton( this, QStyle::SP_MediaPlay, tr( "Play (Space)" ), QStringLiteral( "playButton" ) );
  QToolButton *forward =
      makeButton( this, QStyle::SP_MediaSkipForward, tr( "Next event or leg boundary (Right)" ),
                  QStringLiteral( "stepForwardButton" ) );
  connect( back, &QToolButton::clicked, controller, &TimeController::stepBackward );
  connect( mPlay, &QToolButton::clicked, controller, &TimeController::togglePlaying );
  connect( forward, &QToolButton::clicked, controller, &TimeController::stepForward );
  connect( controller, &TimeController::playingChanged, this, &TimelinePanel::showPlaying );
  controls->addWidget( back );
  controls->addWidget( mPlay );
  controls->addWidget( forward );

  mSpeed = new QComboBox( this );
  mSpeed->setObjectName( QStringLiteral( "speedCombo" ) );
  mSpeed->setToolTip( tr( "Playback speed: simulated time per second" ) );
  const QList<QPair<QString, double>> speeds = {
      { tr( "Real time" ), 1 },        { tr( "1 min/s" ), 60 },     { tr( "10 min/s" ), 600 },
      { tr( "1 h/s" ), 3600 },         { tr( "6 h/s" ), 6 * 3600 }, { tr( "1 day/s" ), 86400 },
      { tr( "1 week/s" ), 7 * 86400 },
  };
  for ( const auto &[label, rate] : speeds )
    mSpeed->addItem( label, rate );
  mSpeed->setCurrentIndex( mSpeed->findData( controller->playbackRate() ) );
  connect( mSpeed, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           [this]( int index ) { mController->setPlaybackRate( mSpeed->itemData( index ).toDouble() ); } );
  controls->addWidget( mSpeed );

  controls->addSpacing( 12 );
  controls->addWidget( new QLabel( tr( "Go to" ), this ) );
  mJump = new QLineEdit( this );
  mJump->setObjectName( QStringLiteral( "jumpEdit" ) );
  mJump->setPlaceholderText( QStringLiteral( "2024-07-09 04:10" ) );
  mJump->setToolTip( tr( "A UTC date, or date and time; Enter jumps there" ) );
  mJump->setMaximumWidth( 160 );
  connect( mJump, &QLineEdit::returnPressed, this, &TimelinePanel::jumpToTypedTime );
  controls->addWidget( mJump );
  controls->addWidget( new QLabel( QStringLiteral( "UTC" ), this ) );

  controls->addStretch( 1 );
  controls->addWidget( new QLabel( tr( "Second axis" ), this ) );
  mSecondZone = new QComboBox( this );
  mSecondZone->setObjectName( QStringLiteral( "secondZoneCombo" ) );
  mSecondZone->addItem( tr( "None" ), QStringList() );
  mSecondZone->addItem( tr( "Korea (KST, UTC+9)" ),
                        QStringList{ QStringLiteral( "KST" ), QStringLiteral( "32400" ) } );
  mSecondZone->addItem( tr( "Moscow (MSK, UTC+3)" ),
                        QStringList{ QStringLiteral( "MSK" ), QStringLiteral( "10800" ) } );
  controls->addWidget( mSecondZone );
  layout->addLayout( controls );

  mTimeline = new TimelineWidget( controller, this );
  layout->addWidget( mTimeline, 1 );
  connect( mSecondZone, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           [this]( int index )
           {
             const QStringList zone = mSecondZone->itemData( index ).toStringList();
             mTimeline->setSecondZone( zone.value( 0 ), zone.value( 1 ).toInt() );
           } );
}

void TimelinePanel::showPlaying( bool playing )
{
  mPlay->setIcon( style()->standardIcon( playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay ) );
  mPlay->setToolTip( playing ? tr( "Pause (Space)" ) : tr( "Play (Space)" ) );
}

void TimelinePanel::jumpToTypedTime()
{
  QString text = mJump->text().trimmed();
  text.replace( QLatin1Char( ' ' ), QLatin1Char( 'T' ) );
  QDateTime time = QDateTime::fromString( text, Qt::ISODate );
  if ( !time.isValid() )
    time = QDateTime( QDate::fromString( text, Qt::ISODate ), QTime( 0, 0 ), QTimeZone::utc() );
  if ( !time.isValid() || !time.date().isValid() )
  {
    mJump->setStyleSheet( QStringLiteral( "color: #b03a2e" ) );
    mJump->setToolTip( tr( "Not a date: type 2024-07-09 or 2024-07-09 04:10 (UTC)" ) );
    return;
  }
  if ( time.timeSpec() == Qt::LocalTime )
    time = QDateTime( time.date(), time.time(), QTimeZone::utc() ); // typed without zone: UTC
  mJump->setStyleSheet( QString() );
  mJump->setToolTip( tr( "A UTC date, or date and time; Enter jumps there" ) );
  mController->centreOn( time.toMSecsSinceEpoch() );
}

} // namespace sortie
