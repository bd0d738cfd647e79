#pragma once

#include "widgets/flight/legdetails.h"

#include <QPointer>
#include <QWidget>

namespace sortie
{

class TimeController;

/**
 * A leg's altitude (feet, left axis) and ground speed (knots, right axis) over time (UTC),
 * with the current time of the TimeController as a cursor. Units are converted here, at
 * the edge: the data stays in metres and metres per second.
 */
class ProfilePlot : public QWidget
{
    Q_OBJECT

  public:
    explicit ProfilePlot( TimeController *controller, QWidget *parent = nullptr );

    void setProfile( const QVector<ProfileSample> &profile, const TimeRange &interval );
    /** The horizontal pixel of @p timeMs, or NaN outside the leg. */
    double xForTime( std::int64_t timeMs ) const;
    /** The plotting area. */
    QRect plotRect() const;

    QSize sizeHint() const override { return QSize( 360, 170 ); }

  protected:
    void paintEvent( QPaintEvent *event ) override;

  private:
    QPointer<TimeController> mController;
    QVector<ProfileSample> mProfile;
    TimeRange mInterval;
};

} // namespace sortie
