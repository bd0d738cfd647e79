#pragma once

#include "widgets/timeline/timelinedata.h"

#include <qgslayoutitem.h>

namespace sortie
{

/**
 * The timeline of a time window on a printed page: a layout item that draws through the
 * workbench timeline's own painter (TimelinePainter), compact and without cursor, so the
 * page shows the events and legs as the analyst saw them, as vector shapes and text.
 *
 * Only for export: it is not registered with QGIS's item registry, so a layout holding it
 * is not written to a project file.
 */
class TimelineStripItem : public QgsLayoutItem
{
    Q_OBJECT

  public:
    //! Layout length of one unit of the timeline painter: 0.15 mm, a 170 dpi screen pixel.
    static constexpr double kMillimetresPerUnit = 0.15;

    TimelineStripItem( QgsLayout *layout, const QVector<TimelineEvent> &events,
                       const QVector<TimelineLane> &lanes, const TimeRange &window );

    int type() const override;
    QString displayName() const override;

    /** The height in millimetres a strip of these needs at @p widthMm. */
    static double heightFor( const QVector<TimelineEvent> &events, const QVector<TimelineLane> &lanes,
                             const TimeRange &window, double widthMm );

  protected:
    void draw( QgsLayoutItemRenderContext &context ) override;

  private:
    QVector<TimelineEvent> mEvents;
    QVector<TimelineLane> mLanes;
    TimeRange mWindow;
};

/** The font of printed timelines: DejaVu Sans at about 6.4 pt, sized in painter units. */
QFont timelineStripFont();

} // namespace sortie
