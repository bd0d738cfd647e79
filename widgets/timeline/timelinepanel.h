#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace sortie
{

class TimeController;
class TimelineWidget;

/**
 * The timeline dock's content: the scrubber under a row of controls (play/pause, step to
 * the previous or next event or leg boundary, playback speed, a typed jump to a UTC time,
 * and an optional second axis in Korea or Moscow time).
 */
class TimelinePanel : public QWidget
{
    Q_OBJECT

  public:
    explicit TimelinePanel( TimeController *controller, QWidget *parent = nullptr );

    TimelineWidget *timeline() const { return mTimeline; }
    QLineEdit *jumpEdit() const { return mJump; }
    QComboBox *speedCombo() const { return mSpeed; }
    QComboBox *secondZoneCombo() const { return mSecondZone; }

  private:
    void jumpToTypedTime();
    void showPlaying( bool playing );

    TimeController *mController = nullptr;
    TimelineWidget *mTimeline = nullptr;
    QToolButton *mPlay = nullptr;
    QComboBox *mSpeed = nullptr;
    QLineEdit *mJump = nullptr;
    QComboBox *mSecondZone = nullptr;
};

} // namespace sortie
