#pragma once

#include "models/analysis/flightanalysis.h"
#include "models/analysis/trackposition.h"
#include "models/domain/track.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsmaplayertemporalproperties.h>
#include <qgspluginlayer.h>

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QPointF>

#include <memory>
#include <vector>

namespace sortie
{

/** One aircraft as the aircraft layer draws it. */
struct AircraftEntry
{
    /** Shared, never copied: an edit that adds or removes one track keeps the others' entries. */
    std::shared_ptr<const Track> track;
    QString label;              //!< e.g. "RA-86559 2023-09-25".
    bool endedInFlight = false; //!< The track ends in the air: shown "dark" after its last fix.
    /**
     * What each gap is (GapKind), by the fix before it: only in a gap in flight is the aircraft
     * "dark"; in others it says what the analysis found (issue 14: no false dark flights).
     */
    QHash<int, GapKind> gapKinds;
};

/** Immutable once made: shared with render threads without locks. */
using AircraftSnapshot = std::shared_ptr<const std::vector<AircraftEntry>>;

/**
 * What the aircraft layer keeps from one frame to the next, for one snapshot: map
 * coordinates of trail fixes and the marker images.
 *
 * Why: while the analyst scrubs, each trail moves by a few fixes a frame, and projecting
 * every trail fix again through PROJ was a third of a frame; hundreds of antialiased
 * markers cost more than blitting their images (docs/benchmarks.md). Shared by the
 * layer's render threads, hence the mutex; dropped with the snapshot, the fixes also when
 * the map's CRS changes and the images when their size does.
 */
struct AircraftRenderCache
{
    QMutex mutex;
    QgsCoordinateReferenceSystem destination; //!< Invalid: geographic, no transform.
    std::vector<QHash<int, QPointF>> fixes;   //!< Per aircraft: fix index to map point.
    QHash<int, QImage> sprites;               //!< Live marker by heading step.
    QHash<QString, QImage> labels;            //!< Label images by text, font, colour and halo.
    double spriteSize = 0;
    double spriteOutline = 0;
};

/**
 * Aircraft at one moment: each drawn where it was (interpolated along the great circle
 * between fixes, or "dark" at its last fix in a gap, with the time since), with a trail
 * of the last minutes fading with age that never crosses a gap.
 *
 * The fast path the timeline needs: positions come from the tracks' time columns by
 * binary search (trackposition.h), never from querying features, so a frame costs
 * O(aircraft x log points). It is a QGIS layer, not a canvas item, so that the same
 * drawing serves the map canvas and print layouts: the moment is the one set with
 * setTime(), else the end of the render context's temporal range.
 */
class AircraftLayer : public QgsPluginLayer
{
    Q_OBJECT

  public:
    static QString pluginType() { return QStringLiteral( "sortie-aircraft" ); }

    explicit AircraftLayer( const QString &name = QString() );
    ~AircraftLayer() override;

    void setAircraft( AircraftSnapshot aircraft );
    AircraftSnapshot aircraft() const { return mAircraft; }

    /** The moment to draw (UTC ms); std::nullopt: the render context's temporal range end. */
    void setTime( std::optional<std::int64_t> timeMs );
    std::optional<std::int64_t> time() const { return mTime; }

    /** Length of the trail behind each aircraft; 0 for none. */
    void setTrailLengthMs( std::int64_t lengthMs );
    std::int64_t trailLengthMs() const { return mTrailLengthMs; }

    QgsPluginLayer *clone() const override;
    QgsMapLayerRenderer *createMapRenderer( QgsRenderContext &context ) override;
    QgsRectangle extent() const override;
    void setTransformContext( const QgsCoordinateTransformContext &context ) override;
    QgsMapLayerTemporalProperties *temporalProperties() override;
    bool readSymbology( const QDomNode &node, QString &errorMessage, QgsReadWriteContext &context,
                        StyleCategories categories = AllStyleCategories ) override;
    bool writeSymbology( QDomNode &node, QDomDocument &doc, QString &errorMessage,
                         const QgsReadWriteContext &context,
                         StyleCategories categories = AllStyleCategories ) const override;

  private:
    AircraftSnapshot mAircraft;
    std::optional<std::int64_t> mTime;
    std::int64_t mTrailLengthMs = 45 * 60 * 1000;
    std::unique_ptr<QgsMapLayerTemporalProperties> mTemporalProperties;
    std::shared_ptr<AircraftRenderCache> mCache;
};

} // namespace sortie
