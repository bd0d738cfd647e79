#pragma once

#include "app/map/aircraftlayer.h"
#include "models/domain/annotation.h"
#include "models/domain/legkey.h"

#include <qgsannotationlayer.h>
#include <qgsvectorlayer.h>

#include <QObject>
#include <QPointer>
#include <QSet>

#include <cstdint>
#include <optional>

class QgsMapCanvas;
class QgsProject;

namespace sortie
{

class Workspace;

/**
 * The map layers that show a workspace, in one layer-tree group above the basemap:
 * aircraft at the current time (AircraftLayer), events at their places (time-enabled:
 * QGIS shows those in the temporal range), gaps in flight dashed between the last and next
 * fix, legs drawn faintly along great circles, and airbases with their ICAO codes.
 * rebuild() replaces them all when the workspace changes as a whole; an edit of tracks, events
 * or annotations refreshes only those (refreshTracks(), refreshEvents(), refreshAnnotations()).
 */
class WorkspaceLayers : public QObject
{
    Q_OBJECT

  public:
    WorkspaceLayers( QgsProject *project, QgsMapCanvas *canvas, QObject *parent = nullptr );

    /** Replace the layers with ones showing @p workspace. */
    void rebuild( const Workspace &workspace );
    /**
     * After tracks @p trackIds were added or removed: the legs' and gaps' features of those
     * tracks and the aircraft layer's entries for them; every layer, its node, style and
     * selection kept, the other tracks' features untouched.
     */
    void refreshTracks( const Workspace &workspace, const QStringList &trackIds );
    /** After an event edit: the events layer's features only, the layer itself kept. */
    void refreshEvents( const Workspace &workspace );
    /** After an annotation edit: the annotation layer's drawing only. */
    void refreshAnnotations( const Workspace &workspace );

    /** The moment the aircraft are drawn at (UTC ms). */
    void setTime( std::int64_t timeMs );
    /** Show the event with @p id as selected on the map (empty: none). */
    void selectEvent( const QString &id );
    /** The id of the event drawn within @p toleranceMapUnits of @p mapPoint (canvas CRS), or empty. */
    QString eventAt( const QgsPointXY &mapPoint, double toleranceMapUnits ) const;

    /** The leg drawn within @p toleranceMapUnits of @p mapPoint, or an invalid key. */
    LegKey legAt( const QgsPointXY &mapPoint, double toleranceMapUnits ) const;
    /** Show every one of @p legs as selected (none: clear): a leg, or a correlation's flights. */
    void selectLegs( const QVector<LegKey> &legs );
    /** Show every event in @p ids as selected: a correlation's events. */
    void selectEvents( const QStringList &ids );

    /** How long a trail each aircraft draws behind it; 0 for none. Kept across rebuilds. */
    void setTrailLengthMs( std::int64_t lengthMs );
    std::int64_t trailLengthMs() const { return mTrailLengthMs; }

    AircraftLayer *aircraftLayer() const { return mAircraft; }
    QgsAnnotationLayer *annotationLayer() const { return mAnnotationLayer; }
    /** For a page of @p window: show the annotations whose window meets it (until the next time step). */
    void showAnnotationsIn( const TimeRange &window );
    QgsVectorLayer *eventsLayer() const { return mEvents; }
    QgsVectorLayer *legsLayer() const { return mLegs; }
    QgsVectorLayer *gapsLayer() const { return mGaps; }
    QgsVectorLayer *airbasesLayer() const { return mAirbases; }
    /**
     * The layers a map of the workspace draws, top first: the aircraft (when
     * @p withAircraft), annotations, events, gaps, legs, airbases, and @p basemap under
     * them (when given). For maps drawn without the canvas: pages and images.
     */
    QList<QgsMapLayer *> drawnLayers( bool withAircraft, QgsMapLayer *basemap ) const;

  private:
    /**
     * What the analyst set in the Layers panel for Sortie's group and layers: kept across a
     * rebuild, so that a layer hidden stays hidden after an edit (issue 12). By each layer's
     * place in layers(), which is fixed, not by its (translated) name.
     */
    struct TreeState
    {
        bool captured = false;
        bool groupVisible = true;
        bool groupExpanded = true;
        QVector<bool> visible;
        QVector<bool> expanded;
    };
    TreeState captureTreeState() const;
    void applyTreeState( const TreeState &state );
    /** Sortie's layers, top to bottom; null where not made. */
    QList<QgsMapLayer *> layers() const;
    void removeLayers();
    /** After an edit: the airbases layer's "used" flags of the fields whose use changed. */
    void refreshAirbasesInUse( const Workspace &workspace );

    QgsProject *mProject = nullptr;
    QgsMapCanvas *mCanvas = nullptr;
    QPointer<AircraftLayer> mAircraft;
    QPointer<QgsAnnotationLayer> mAnnotationLayer;
    QVector<Annotation> mAnnotations; // what the annotation layer shows, by time
    QVector<bool> mAnnotationsShown;  // which of them it shows now
    QPointer<QgsVectorLayer> mEvents;
    QPointer<QgsVectorLayer> mGaps;
    QPointer<QgsVectorLayer> mLegs;
    QPointer<QgsVectorLayer> mAirbases;
    QVector<QgsFeatureId> mAirbaseFeatureIds; // by airbase index
    QSet<int> mAirbasesInUse;                 // what the airbases layer shows as used
    std::optional<std::int64_t> mTime;
    std::int64_t mTrailLengthMs = 45 * 60 * 1000;
};

} // namespace sortie
