#pragma once

#include "models/domain/annotation.h"

#include <QVector>

class QgsAnnotationLayer;

namespace sortie
{

/**
 * Show @p annotations in @p layer (a QGIS annotation layer in WGS84): those shown at
 * @p timeMs, each as a QGIS annotation item (text with a halo, a star marker, a line
 * with an arrow head, a translucent area). Replaces what the layer showed.
 */
void drawAnnotations( QgsAnnotationLayer *layer, const QVector<Annotation> &annotations,
                      std::int64_t timeMs );

/** The same for a page showing @p window: the annotations whose window meets it (or have none). */
void drawAnnotationsIn( QgsAnnotationLayer *layer, const QVector<Annotation> &annotations,
                        const TimeRange &window );

} // namespace sortie
