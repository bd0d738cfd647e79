#include "app/layout/timelinestripitem.h"

#include "widgets/timeline/timelinepainter.h"

#include <qgslayoutitemregistry.h>
#include <qgsrendercontext.h>

#include <QPainter>

namespace sortie
{

QFont timelineStripFont()
{
  // A pixel size, not a point size: the painter is scaled to units of 0.15 mm, and a
  // point size would be scaled again by the device's resolution (PDF 300 dpi, preview 96).
  QFont font( QStringLiteral( "DejaVu Sans" ) );
  font.setPixelSize( 15 );                         // 2.25 mm, 6.4 pt
  font.setStyleStrategy( QFont::PreferNoShaping ); // no ligatures: the PDF's text reads as typed
  return font;
}

TimelineStripItem::TimelineStripItem( QgsLayout *layout, const QVector<TimelineEvent> &events,
                                      const QVector<TimelineLane> &lanes, const TimeRange &window )
  : QgsLayoutItem( layout )
  , mEvents( events )
  , mLanes( lanes )
  , mWindow( window )
{
}

int TimelineStripItem::type() const
{
  return QgsLayoutItemRegistry::PluginItem + 0x5e01; // Sortie's own, not registered
}

QString TimelineStripItem::displayName() const
{
  return tr( "Timeline" );
}

double TimelineStripItem::heightFor( const QVector<TimelineEvent> &events, const QVector<TimelineLane> &lanes,
                                     const TimeRange &window, double widthMm )
{
  return timelinestrip::height( events, lanes, window, widthMm / kMillimetresPerUnit,
                                QFontMetricsF( timelineStripFont() ) ) *
         kMillimetresPerUnit;
}

void TimelineStripItem::draw( QgsLayoutItemRenderContext &context )
{
  QPainter *painter = context.renderContext().painter();
  if ( !painter )
    return;
  // The painter comes in device dots; draw in the timeline's units.
  const QgsScopedQPainterState state( painter );
  const double unit = context.renderContext().scaleFactor() * kMillimetresPerUnit;
  painter->scale( unit, unit );
  TimelineLook look;
  look.font = timelineStripFont();
  timelinestrip::paint(
      *painter, QRectF( 0, 0, rect().width() / kMillimetresPerUnit, rect().height() / kMillimetresPerUnit ),
      look, mEvents, mLanes, mWindow );
}

} // namespace sortie
