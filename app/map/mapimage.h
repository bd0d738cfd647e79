#pragma once

#include "models/time/timerange.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsrectangle.h>

#include <QImage>
#include <QSize>

#include <memory>
#include <optional>

class QgsLabelingResults;
class QgsProject;

namespace sortie
{
class WorkspaceLayers;

/** The map alone as an image, drawn as the workbench's canvas draws it (`sortie render`). */
namespace mapimage
{
struct Options
{
    QSize size{ 1600, 1000 };         //!< Pixels.
    std::int64_t timeMs = 0;          //!< Where the aircraft are drawn (UTC ms).
    TimeRange window;                 //!< The temporal range: the events and annotations shown.
    QgsCoordinateReferenceSystem crs; //!< Invalid: Sortie's default.
    QgsRectangle extent;              //!< In crs; empty: the default region.
    std::int64_t trailLengthMs = 30 * 60 * 1000LL;
};

/**
 * Render the basemap in @p project and @p layers for @p options (blocks until drawn). When
 * @p labels is given, it receives where QGIS placed the labels (for checks of legibility).
 */
QImage render( QgsProject &project, WorkspaceLayers &layers, const Options &options,
               std::unique_ptr<QgsLabelingResults> *labels = nullptr );
} // namespace mapimage

} // namespace sortie
