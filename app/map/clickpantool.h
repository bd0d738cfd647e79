#pragma once

#include <qgsmaptoolpan.h>

namespace sortie
{

/** The default map tool: drag to pan, as QGIS's pan tool; a click without a drag is reported. */
class ClickPanTool : public QgsMapToolPan
{
    Q_OBJECT

  public:
    explicit ClickPanTool( QgsMapCanvas *canvas );

    void canvasPressEvent( QgsMapMouseEvent *event ) override;
    void canvasReleaseEvent( QgsMapMouseEvent *event ) override;

  signals:
    /** A left click at @p mapPoint (canvas CRS), @p toleranceMapUnits being a few pixels there. */
    void clicked( const QgsPointXY &mapPoint, double toleranceMapUnits );

  private:
    QPoint mPressPixel;
    bool mPressed = false;
};

} // namespace sortie
