#pragma once

#include "models/domain/annotation.h"

#include <qgsmaptool.h>
#include <qgspointxy.h>

#include <functional>
#include <memory>

class QgsRubberBand;

namespace sortie
{

/**
 * Drawing an annotation on the map: one click places a callout or a marker; an arrow
 * takes two clicks, from its tail to its head; an area takes a click per corner and a
 * right click (or Enter) to close it. Esc cancels. Points are kept in WGS84.
 */
class AnnotateTool : public QgsMapTool
{
    Q_OBJECT

  public:
    AnnotateTool( QgsMapCanvas *canvas, Annotation::Kind kind );
    ~AnnotateTool() override;

    Annotation::Kind kind() const { return mKind; }
    void canvasReleaseEvent( QgsMapMouseEvent *event ) override;
    void canvasMoveEvent( QgsMapMouseEvent *event ) override;
    void keyPressEvent( QKeyEvent *event ) override;
    void deactivate() override;

  signals:
    /** The shape is drawn: an annotation with its kind and points, no text yet. */
    void drawn( const Annotation &annotation );
    void cancelled();

  private:
    void finish();
    void reset();
    std::optional<GeoPoint> toWgs84( const QgsPointXY &mapPoint ) const;

    Annotation::Kind mKind;
    QVector<GeoPoint> mPoints;
    std::unique_ptr<QgsRubberBand> mBand;
};

/**
 * Moving an annotation: press on any of its points (within a few pixels) and drag; on
 * release the whole annotation moves by that much.
 */
class MoveAnnotationTool : public QgsMapTool
{
    Q_OBJECT

  public:
    /** @p annotations: what is on the map now, read at each press. */
    MoveAnnotationTool( QgsMapCanvas *canvas, std::function<QVector<Annotation>()> annotations );

    void canvasPressEvent( QgsMapMouseEvent *event ) override;
    void canvasReleaseEvent( QgsMapMouseEvent *event ) override;

  signals:
    /** The annotation @p id moved: its points now (WGS84). */
    void moved( const QString &id, const QVector<GeoPoint> &points );

  private:
    std::function<QVector<Annotation>()> mAnnotations;
    Annotation mPressed;
    QgsPointXY mPressPoint;
};

} // namespace sortie
