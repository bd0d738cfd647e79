#include "app/map/workspacelayers.h"

#include "app/map/aircraftlayer.h"
#include "app/map/annotationdrawing.h"
#include "app/map/canvasrendering.h"
#include "app/map/geodesicgeometry.h"
#include "app/map/layerstyles.h"
#include "models/analysis/airbaseusage.h"
#include "models/time/timerange.h"
#include "models/workspace/workspace.h"
#include "widgets/timeline/timelinewidget.h"

#include <qgsannotationlayer.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgsexpressioncontextutils.h>
#include <qgsfeaturerequest.h>
#include <qgsfillsymbol.h>
#include <qgslayertree.h>
#include <qgslinesymbol.h>
#include <qgsmapcanvas.h>
#include <qgsmarkersymbol.h>
#include <qgspallabeling.h>
#include <qgsproject.h>
#include <qgsproperty.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>
#include <qgsvectorlayertemporalproperties.h>

#include <QSet>
#include <QTimeZone>

#include <functional>

namespace sortie
{

namespace
{
// A function, not a constant: translated once the translators are installed.
QString groupName()
{
  return QObject::tr( "Sortie data" );
}

QgsVectorLayer *memoryLayer( const QString &geometry, const QString &fields, const QString &name )
{
  auto *layer = new QgsVectorLayer( QStringLiteral( "%1?crs=EPSG:4326%2" ).arg( geometry, fields ), name,
                                    QStringLiteral( "memory" ) );
  layer->setCustomProperty( QStringLiteral( "sortie/role" ), QStringLiteral( "workspace" ) );
  return layer;
}

QgsVectorLayer *makeAirbasesLayer( const Workspace &workspace, const QSet<int> &used,
                                   QVector<QgsFeatureId> &featureIds )
{
  QgsVectorLayer *layer = memoryLayer( QStringLiteral( "Point" ),
                                       QStringLiteral( "&field=icao:string&field=name:string&field=use:string"
                                                       "&field=kind:string&field=used:integer" ),
                                       QObject::tr( "Airbases" ) );
  const QVector<Airbase> &airbases = workspace.airbases().airbases();
  QgsFeatureList features;
  features.reserve( airbases.size() );
  for ( int i = 0; i < airbases.size(); ++i )
  {
    const Airbase &airbase = airbases.at( i );
    QgsFeature feature( layer->fields() );
    feature.setGeometry(
        QgsGeometry::fromPointXY( QgsPointXY( airbase.position.longitude, airbase.position.latitude ) ) );
    feature.setAttributes( QgsAttributes()
                           << airbase.code() << airbase.name << airbaseUseName( airbase.use )
                           << airbaseKindName( airbase.kind ) << ( used.contains( i ) ? 1 : 0 ) );
    features.append( feature );
  }
  layer->dataProvider()->addFeatures( features );
  featureIds.clear();
  featureIds.reserve( features.size() );
  for ( const QgsFeature &feature : std::as_const( features ) )
    featureIds.append( feature.id() ); // the provider numbered them: the airbase's index → its feature
  layerstyles::styleAirbases( layer, QStringLiteral( "icao" ) );
  return layer;
}

// A leg's fixes as great-circle pieces, split where fixes are a gap apart.
QgsGeometry legGeometry( const Track &track, const Leg &leg, std::int64_t gapThresholdMs )
{
  QVector<QgsGeometry> parts;
  for ( const QVector<GeoPoint> &piece : legPieces( track, leg, gapThresholdMs ) )
    parts.append( geodesicLineString( piece ) );
  return parts.isEmpty() ? QgsGeometry() : QgsGeometry::collectGeometry( parts );
}

// The leg a feature of the legs layer draws.
LegKey legKeyOf( const QgsFeature &feature )
{
  return LegKey{ feature.attribute( QStringLiteral( "track_id" ) ).toString(),
                 feature.attribute( QStringLiteral( "takeoff_ms" ) ).toLongLong() };
}

// The legs of the track at @p t, one feature each (a LegKey in track_id and takeoff_ms).
QgsFeatureList legFeatures( const Workspace &workspace, std::size_t t, const QgsFields &fields )
{
  QgsFeatureList features;
  const FlightAnalysisSettings settings;
  const Track &track = workspace.tracks()[t];
  auto code = [&workspace]( int index )
  { return index < 0 ? QString() : workspace.airbases().airbases().at( index ).code(); };
  for ( const Leg &leg : workspace.analyses()[t].legs )
  {
    QgsFeature feature( fields );
    feature.setGeometry( legGeometry( track, leg, settings.gapThresholdMs ) );
    feature.setAttributes( QgsAttributes()
                           << track.identity.label() << code( leg.fromAirbase ) << code( leg.toAirbase )
                           << track.id << static_cast<qlonglong>( leg.startMs ) ); // a LegKey
    features.append( feature );
  }
  return features;
}

QgsVectorLayer *makeLegsLayer( const Workspace &workspace )
{
  QgsVectorLayer *layer = memoryLayer( QStringLiteral( "MultiLineString" ),
                                       QStringLiteral( "&field=aircraft:string&field=from:string&field=to:"
                                                       "string&field=track_id:string&field=takeoff_ms:long" ),
                                       QObject::tr( "Legs" ) );
  QgsFeatureList features;
  for ( std::size_t t = 0; t < workspace.tracks().size(); ++t )
    features += legFeatures( workspace, t, layer->fields() );
  layer->dataProvider()->addFeatures( features );
  layerstyles::styleLegs( layer );
  return layer;
}

// The gaps in flight of the track at @p t, drawn between the fixes around them.
QgsFeatureList gapFeatures( const Workspace &workspace, std::size_t t, const QgsFields &fields )
{
  QgsFeatureList features;
  const Track &track = workspace.tracks()[t];
  for ( const Gap &gap : workspace.analyses()[t].gaps )
  {
    if ( !gap.inFlight || gap.open )
      continue;
    QgsFeature feature( fields );
    feature.setGeometry(
        geodesicLineString( { track.position( gap.pointBefore ), track.position( gap.pointAfter ) } ) );
    feature.setAttributes( QgsAttributes()
                           << track.identity.label() << static_cast<int>( gap.durationMs() / 60000 )
                           << track.id << static_cast<qlonglong>( gap.startMs ) );
    features.append( feature );
  }
  return features;
}

// What the aircraft layer draws of the track at @p t.
AircraftEntry aircraftEntry( const Workspace &workspace, std::size_t t )
{
  const Track &track = workspace.tracks()[t];
  const QVector<Gap> &gaps = workspace.analyses()[t].gaps;
  const bool endedInFlight = !gaps.isEmpty() && gaps.last().open;
  QHash<int, GapKind> gapKinds;
  for ( const Gap &gap : gaps )
  {
    if ( !gap.open )
      gapKinds.insert( gap.pointBefore, gap.kind );
  }
  return { std::make_shared<const Track>( track ), track.identity.shortLabel(), endedInFlight, gapKinds };
}

// The features of @p layer that @p matches, read without their geometry.
QgsFeatureIds featuresWhere( QgsVectorLayer *layer, const std::function<bool( const QgsFeature & )> &matches )
{
  QgsFeatureIds found;
  QgsFeature feature;
  QgsFeatureIterator features =
      layer->getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ) );
  while ( features.nextFeature( feature ) )
  {
    if ( matches( feature ) )
      found.insert( feature.id() );
  }
  return found;
}

// Select exactly @p ids on @p layer (QGIS draws them in its highlight colour); a selection set
// again repaints the map, so only when it changes.
void selectOnly( QgsVectorLayer *layer, const QgsFeatureIds &ids )
{
  if ( ids != layer->selectedFeatureIds() )
    layer->selectByIds( ids );
}

// Delete the features of @p layer whose track_id is in @p trackIds.
void removeTrackFeatures( QgsVectorLayer *layer, const QSet<QString> &trackIds )
{
  layer->dataProvider()->deleteFeatures( featuresWhere(
      layer, [&trackIds]( const QgsFeature &feature )
      { return trackIds.contains( feature.attribute( QStringLiteral( "track_id" ) ).toString() ); } ) );
}

QgsVectorLayer *makeGapsLayer( const Workspace &workspace )
{
  QgsVectorLayer *layer = memoryLayer(
      QStringLiteral( "LineString" ),
      QStringLiteral(
          "&field=aircraft:string&field=minutes:integer&field=track_id:string&field=start_ms:long" ),
      QObject::tr( "Gaps in flight" ) );
  QgsFeatureList features;
  for ( std::size_t t = 0; t < workspace.tracks().size(); ++t )
    features += gapFeatures( workspace, t, layer->fields() );
  layer->dataProvider()->addFeatures( features );
  layerstyles::styleGaps( layer );
  return layer;
}

// An event where it happened, with the times QGIS's temporal filter reads.
QgsFeatureList eventFeatures( const Workspace &workspace, const QgsFields &fields )
{
  QgsFeatureList features;
  for ( const Event &event : workspace.events() )
  {
    const std::optional<GeoPoint> position = workspace.airbases().placePosition( event.place );
    if ( !position )
      continue;
    const auto [first, last] = event.interval();
    QgsFeature feature( fields );
    feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( position->longitude, position->latitude ) ) );
    // QGIS's temporal filter takes the end as inclusive; an instant ends where it starts.
    feature.setAttributes( QgsAttributes() << event.id << event.title << eventKindName( event.kind ) << first
                                           << ( last > first ? last.addMSecs( -1 ) : first ) );
    features.append( feature );
  }
  return features;
}

QgsVectorLayer *makeEventsLayer( const Workspace &workspace )
{
  QgsVectorLayer *layer = memoryLayer(
      QStringLiteral( "Point" ),
      QStringLiteral(
          "&field=id:string&field=title:string&field=kind:string&field=start:datetime&field=end:datetime" ),
      QObject::tr( "Events" ) );
  QgsFeatureList features = eventFeatures( workspace, layer->fields() );
  layer->dataProvider()->addFeatures( features );

  layerstyles::styleEvents( layer, QStringLiteral( "start" ), QStringLiteral( "end" ) );
  return layer;
}
} // namespace

WorkspaceLayers::WorkspaceLayers( QgsProject *project, QgsMapCanvas *canvas, QObject *parent )
  : QObject( parent )
  , mProject( project )
  , mCanvas( canvas )
{
}

QList<QgsMapLayer *> WorkspaceLayers::layers() const
{
  return { mAnnotationLayer, mAircraft, mEvents, mGaps, mLegs, mAirbases };
}

WorkspaceLayers::TreeState WorkspaceLayers::captureTreeState() const
{
  TreeState state;
  const QgsLayerTreeGroup *group = mProject->layerTreeRoot()->findGroup( groupName() );
  if ( !group )
    return state;
  state.captured = true;
  state.groupVisible = group->itemVisibilityChecked();
  state.groupExpanded = group->isExpanded();
  for ( QgsMapLayer *layer : layers() )
  {
    const QgsLayerTreeLayer *node = layer ? group->findLayer( layer ) : nullptr;
    state.visible.append( node ? node->itemVisibilityChecked() : true );
    state.expanded.append( node ? node->isExpanded() : false );
  }
  return state;
}

void WorkspaceLayers::applyTreeState( const TreeState &state )
{
  QgsLayerTreeGroup *group = mProject->layerTreeRoot()->findGroup( groupName() );
  if ( !state.captured || !group )
    return;
  group->setItemVisibilityChecked( state.groupVisible );
  group->setExpanded( state.groupExpanded );
  const QList<QgsMapLayer *> ordered = layers();
  for ( int i = 0; i < ordered.size() && i < state.visible.size(); ++i )
  {
    if ( QgsLayerTreeLayer *node = ordered.at( i ) ? group->findLayer( ordered.at( i ) ) : nullptr )
    {
      node->setItemVisibilityChecked( state.visible.at( i ) );
      node->setExpanded( state.expanded.at( i ) );
    }
  }
}

void WorkspaceLayers::removeLayers()
{
  // No render job may still hold the layers we are about to delete (canvasrendering.h).
  settleCanvasRendering( mCanvas );
  for ( QgsMapLayer *layer : layers() )
  {
    if ( layer )
      mProject->removeMapLayer( layer->id() );
  }
  if ( QgsLayerTreeGroup *group = mProject->layerTreeRoot()->findGroup( groupName() ) )
    mProject->layerTreeRoot()->removeChildNode( group );
  if ( mCanvas )
    mCanvas->freeze( false );
}

void WorkspaceLayers::rebuild( const Workspace &workspace )
{
  const TreeState tree = captureTreeState();
  removeLayers();
  if ( workspace.isEmpty() )
    return;

  mAircraft = new AircraftLayer();
  auto aircraft = std::make_shared<std::vector<AircraftEntry>>();
  for ( std::size_t t = 0; t < workspace.tracks().size(); ++t )
    aircraft->push_back( aircraftEntry( workspace, t ) );
  mAircraft->setAircraft( std::move( aircraft ) );
  mAircraft->setTime( mTime );
  mAircraft->setTrailLengthMs( mTrailLengthMs );
  mEvents = makeEventsLayer( workspace );
  if ( mTime )
    QgsExpressionContextUtils::setLayerVariable( mEvents, QStringLiteral( "sortie_now" ),
                                                 QDateTime::fromMSecsSinceEpoch( *mTime, QTimeZone::utc() ) );
  mGaps = makeGapsLayer( workspace );
  mLegs = makeLegsLayer( workspace );
  mAirbasesInUse = airbasesInUse( workspace.analyses(), workspace.events(), workspace.airbases() );
  mAirbases = makeAirbasesLayer( workspace, mAirbasesInUse, mAirbaseFeatureIds );

  // The analyst's drawings, in a QGIS annotation layer: those shown at the current time.
  mAnnotations = workspace.annotations();
  mAnnotationLayer = new QgsAnnotationLayer(
      QObject::tr( "Annotations" ), QgsAnnotationLayer::LayerOptions( mProject->transformContext() ) );
  mAnnotationLayer->setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ) );
  mAnnotationsShown.clear();
  for ( const Annotation &annotation : std::as_const( mAnnotations ) )
    mAnnotationsShown.append( annotation.isShownAt( mTime.value_or( 0 ) ) );
  drawAnnotations( mAnnotationLayer, mAnnotations, mTime.value_or( 0 ) );

  // Drawn top to bottom in this order, all above the basemap.
  QgsLayerTreeGroup *group = mProject->layerTreeRoot()->insertGroup( 0, groupName() );
  for ( QgsMapLayer *layer : layers() )
  {
    mProject->addMapLayer( layer, false );
    group->addLayer( layer );
  }
  applyTreeState( tree );
}

void WorkspaceLayers::refreshTracks( const Workspace &workspace, const QStringList &trackIds )
{
  if ( !mLegs || !mGaps || !mAircraft || workspace.tracks().empty() )
  {
    rebuild( workspace ); // the first tracks, or the last gone
    return;
  }
  // The same layers, nodes, styles and selections: only the features of these tracks change.
  settleCanvasRendering( mCanvas ); // no render job reads the features being replaced
  const QSet<QString> ids( trackIds.begin(), trackIds.end() );
  removeTrackFeatures( mLegs, ids );
  removeTrackFeatures( mGaps, ids );
  QgsFeatureList legs;
  QgsFeatureList gaps;
  for ( const QString &id : trackIds )
  {
    const int t = workspace.trackIndex( id );
    if ( t < 0 )
      continue; // removed
    legs += legFeatures( workspace, static_cast<std::size_t>( t ), mLegs->fields() );
    gaps += gapFeatures( workspace, static_cast<std::size_t>( t ), mGaps->fields() );
  }
  mLegs->dataProvider()->addFeatures( legs );
  mGaps->dataProvider()->addFeatures( gaps );
  for ( QgsVectorLayer *layer : { mLegs.data(), mGaps.data() } )
  {
    layer->updateExtents();
    layer->triggerRepaint();
  }
  // The aircraft: the other tracks' entries shared as they are, in the workspace's order.
  QHash<QString, const AircraftEntry *> kept;
  const AircraftSnapshot before = mAircraft->aircraft();
  for ( const AircraftEntry &entry : *before )
  {
    if ( !ids.contains( entry.track->id ) )
      kept.insert( entry.track->id, &entry );
  }
  auto aircraft = std::make_shared<std::vector<AircraftEntry>>();
  aircraft->reserve( workspace.tracks().size() );
  for ( std::size_t t = 0; t < workspace.tracks().size(); ++t )
  {
    const AircraftEntry *entry = kept.value( workspace.tracks()[t].id );
    aircraft->push_back( entry ? *entry : aircraftEntry( workspace, t ) );
  }
  mAircraft->setAircraft( std::move( aircraft ) );
  refreshAirbasesInUse( workspace );
}

void WorkspaceLayers::refreshAirbasesInUse( const Workspace &workspace )
{
  if ( !mAirbases )
    return;
  const QSet<int> used = airbasesInUse( workspace.analyses(), workspace.events(), workspace.airbases() );
  if ( used == mAirbasesInUse )
    return;
  // Only the fields whose state changed: a few features, not the worldwide file's 85,000.
  const int usedField = mAirbases->fields().indexOf( QStringLiteral( "used" ) );
  QgsChangedAttributesMap changes;
  auto change = [&]( int index, int value )
  {
    if ( index >= 0 && index < mAirbaseFeatureIds.size() )
      changes.insert( mAirbaseFeatureIds.at( index ), QgsAttributeMap{ { usedField, value } } );
  };
  for ( int index : used - mAirbasesInUse )
    change( index, 1 );
  for ( int index : mAirbasesInUse - used )
    change( index, 0 );
  mAirbasesInUse = used;
  settleCanvasRendering( mCanvas );
  mAirbases->dataProvider()->changeAttributeValues( changes );
  mAirbases->triggerRepaint();
}

void WorkspaceLayers::refreshEvents( const Workspace &workspace )
{
  if ( !mEvents )
  {
    rebuild( workspace ); // the first of the workspace's data
    return;
  }
  // The same layer, its node, style and visibility kept: only its features are new.
  QStringList selected;
  for ( const QgsFeature &feature : mEvents->selectedFeatures() )
    selected << feature.attribute( QStringLiteral( "id" ) ).toString();
  mEvents->dataProvider()->truncate();
  QgsFeatureList features = eventFeatures( workspace, mEvents->fields() );
  mEvents->dataProvider()->addFeatures( features );
  mEvents->updateExtents();
  selectEvents( selected );
  mEvents->triggerRepaint();
  refreshAirbasesInUse( workspace ); // an event's airbase is always shown
}

void WorkspaceLayers::refreshAnnotations( const Workspace &workspace )
{
  if ( !mAnnotationLayer )
  {
    rebuild( workspace );
    return;
  }
  mAnnotations = workspace.annotations();
  mAnnotationsShown.clear();
  for ( const Annotation &annotation : std::as_const( mAnnotations ) )
    mAnnotationsShown.append( annotation.isShownAt( mTime.value_or( 0 ) ) );
  drawAnnotations( mAnnotationLayer, mAnnotations, mTime.value_or( 0 ) );
  mAnnotationLayer->triggerRepaint();
}

void WorkspaceLayers::selectEvent( const QString &id )
{
  selectEvents( id.isEmpty() ? QStringList() : QStringList{ id } );
}

void WorkspaceLayers::selectEvents( const QStringList &ids )
{
  if ( !mEvents )
    return;
  selectOnly(
      mEvents,
      featuresWhere( mEvents, [&ids]( const QgsFeature &feature )
                     { return ids.contains( feature.attribute( QStringLiteral( "id" ) ).toString() ); } ) );
}

QString WorkspaceLayers::eventAt( const QgsPointXY &mapPoint, double toleranceMapUnits ) const
{
  if ( !mEvents || !mCanvas )
    return QString();
  try
  {
    const QgsCoordinateTransform toLayer( mCanvas->mapSettings().destinationCrs(), mEvents->crs(),
                                          mProject->transformContext() );
    const QgsRectangle search = toLayer.transformBoundingBox(
        QgsRectangle( mapPoint.x() - toleranceMapUnits, mapPoint.y() - toleranceMapUnits,
                      mapPoint.x() + toleranceMapUnits, mapPoint.y() + toleranceMapUnits ) );
    // Only events the map shows now: the temporal filter of the canvas applies.
    QgsFeatureRequest request( search );
    if ( mCanvas->mapSettings().isTemporal() )
    {
      const QgsDateTimeRange range = mCanvas->mapSettings().temporalRange();
      request.setFilterExpression( QStringLiteral( "\"start\" <= %1 AND \"end\" >= %2" )
                                       .arg( QgsExpression::quotedValue( range.end() ),
                                             QgsExpression::quotedValue( range.begin() ) ) );
    }
    QgsFeature feature;
    QgsFeatureIterator features = mEvents->getFeatures( request );
    if ( features.nextFeature( feature ) )
      return feature.attribute( QStringLiteral( "id" ) ).toString();
  }
  catch ( const QgsCsException & )
  {
  }
  return QString();
}

LegKey WorkspaceLayers::legAt( const QgsPointXY &mapPoint, double toleranceMapUnits ) const
{
  if ( !mLegs || !mCanvas )
    return LegKey();
  try
  {
    const QgsCoordinateTransform toLayer( mCanvas->mapSettings().destinationCrs(), mLegs->crs(),
                                          mProject->transformContext() );
    const QgsRectangle search = toLayer.transformBoundingBox(
        QgsRectangle( mapPoint.x() - toleranceMapUnits, mapPoint.y() - toleranceMapUnits,
                      mapPoint.x() + toleranceMapUnits, mapPoint.y() + toleranceMapUnits ) );
    const QgsGeometry box = QgsGeometry::fromRect( search );
    QgsFeature feature;
    QgsFeatureIterator features = mLegs->getFeatures( QgsFeatureRequest( search ) );
    while ( features.nextFeature( feature ) )
    {
      if ( feature.geometry().intersects( box ) ) // the line itself, not only its bounding box
        return legKeyOf( feature );
    }
  }
  catch ( const QgsCsException & )
  {
  }
  return LegKey();
}

void WorkspaceLayers::selectLegs( const QVector<LegKey> &legs )
{
  if ( !mLegs )
    return;
  selectOnly( mLegs, featuresWhere( mLegs, [&legs]( const QgsFeature &feature )
                                    { return legs.contains( legKeyOf( feature ) ); } ) );
}

void WorkspaceLayers::setTrailLengthMs( std::int64_t lengthMs )
{
  mTrailLengthMs = lengthMs;
  if ( mAircraft )
    mAircraft->setTrailLengthMs( lengthMs );
}

void WorkspaceLayers::setTime( std::int64_t timeMs )
{
  mTime = timeMs;
  if ( mAircraft )
    mAircraft->setTime( timeMs );
  if ( mEvents )
  {
    QgsExpressionContextUtils::setLayerVariable( mEvents, QStringLiteral( "sortie_now" ),
                                                 QDateTime::fromMSecsSinceEpoch( timeMs, QTimeZone::utc() ) );
    mEvents->triggerRepaint();
  }
  if ( mAnnotationLayer )
  {
    // Redrawn only when an annotation's time window is entered or left, not every frame.
    QVector<bool> shown;
    for ( const Annotation &annotation : std::as_const( mAnnotations ) )
      shown.append( annotation.isShownAt( timeMs ) );
    if ( shown != mAnnotationsShown )
    {
      mAnnotationsShown = shown;
      drawAnnotations( mAnnotationLayer, mAnnotations, timeMs );
      mAnnotationLayer->triggerRepaint();
    }
  }
}

QList<QgsMapLayer *> WorkspaceLayers::drawnLayers( bool withAircraft, QgsMapLayer *basemap ) const
{
  QList<QgsMapLayer *> drawn;
  for ( QgsMapLayer *layer : std::initializer_list<QgsMapLayer *>{
            withAircraft ? mAircraft.data() : nullptr, mAnnotationLayer.data(), mEvents.data(), mGaps.data(),
            mLegs.data(), mAirbases.data(), basemap } )
  {
    if ( layer )
      drawn << layer;
  }
  return drawn;
}

void WorkspaceLayers::showAnnotationsIn( const TimeRange &window )
{
  if ( !mAnnotationLayer )
    return;
  drawAnnotationsIn( mAnnotationLayer, mAnnotations, window );
  mAnnotationsShown.clear(); // the next setTime() draws the moment again
}

} // namespace sortie
