#include "app/map/layerstyles.h"

#include "models/time/timerange.h"
#include "widgets/timeline/timelinewidget.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgslinesymbol.h>
#include <qgsmarkersymbol.h>
#include <qgspallabeling.h>
#include <qgsproperty.h>
#include <qgsrulebasedlabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>
#include <qgsvectorlayertemporalproperties.h>

namespace sortie::layerstyles
{

namespace
{
// One class of airfield: which, how drawn, from which scale (denominator; 0: every scale)
// it is drawn and labelled, and its label's priority (0-10) where labels compete for room.
struct AirfieldClass
{
    QString legend;
    QString filter;
    QgsMarkerSymbol *symbol;
    double drawnFrom;
    double labelledFrom;
    int labelPriority;
    bool shownByDefault = true;
};

QgsMarkerSymbol *airfieldSymbol( const QString &shape, const QString &fill, double sizeMm )
{
  return QgsMarkerSymbol::createSimple( {
      { QStringLiteral( "name" ), shape },
      { QStringLiteral( "color" ), fill },
      { QStringLiteral( "outline_color" ), QStringLiteral( "#ffffff" ) },
      { QStringLiteral( "outline_width" ), QStringLiteral( "0.2" ) },
      { QStringLiteral( "size" ), QString::number( sizeMm ) },
  } );
}

QList<AirfieldClass> airfieldClasses()
{
  const QString unused = QStringLiteral( "\"used\" = 0 AND \"kind\" <> 'unknown' AND " );
  const QString civil = QStringLiteral( "\"use\" <> 'military' AND " );
  return {
      // The sample's look, for what an analyst must always see.
      { QObject::tr( "Airbases of this project" ),
        QStringLiteral( "\"used\" = 1 OR \"kind\" = 'unknown' OR \"kind\" IS NULL" ),
        airfieldSymbol( QStringLiteral( "square" ), QStringLiteral( "#3b3b3b" ), 1.8 ), 0, 0, 10 },
      { QObject::tr( "Military airfields" ),
        unused + QStringLiteral( "\"kind\" <> 'closed' AND \"use\" = 'military'" ),
        airfieldSymbol( QStringLiteral( "triangle" ), QStringLiteral( "#8c2d19" ), 2.2 ), 50e6, 10e6, 8 },
      { QObject::tr( "Large airports" ), unused + civil + QStringLiteral( "\"kind\" = 'large_airport'" ),
        airfieldSymbol( QStringLiteral( "circle" ), QStringLiteral( "#27496d" ), 2.0 ), 0, 0, 7 },
      { QObject::tr( "Medium airports" ), unused + civil + QStringLiteral( "\"kind\" = 'medium_airport'" ),
        airfieldSymbol( QStringLiteral( "circle" ), QStringLiteral( "#4a6f8f" ), 1.6 ), 15e6, 5e6, 5 },
      { QObject::tr( "Small airfields" ), unused + civil + QStringLiteral( "\"kind\" = 'small_airport'" ),
        airfieldSymbol( QStringLiteral( "circle" ), QStringLiteral( "#6f879c" ), 1.3 ), 2.5e6, 1e6, 3 },
      { QObject::tr( "Heliports, seaplane and balloon bases" ),
        unused + civil + QStringLiteral( "\"kind\" IN ('heliport', 'seaplane_base', 'balloonport')" ),
        airfieldSymbol( QStringLiteral( "diamond" ), QStringLiteral( "#7d8e9c" ), 1.3 ), 500e3, 250e3, 1 },
      { QObject::tr( "Closed airfields" ), unused + QStringLiteral( "\"kind\" = 'closed'" ),
        airfieldSymbol( QStringLiteral( "cross2" ), QStringLiteral( "#8a8a8a" ), 1.0 ), 2.5e6, 1e6, 0,
        false },
  };
}
} // namespace

void styleAirbases( QgsVectorLayer *layer, const QString &codeField )
{
  QgsTextFormat format;
  format.setSize( 7.5 );
  format.setColor( QColor( 0x2b, 0x2b, 0x2b ) );
  QgsTextBufferSettings buffer;
  buffer.setEnabled( true );
  buffer.setSize( 0.8 );
  buffer.setColor( QColor( 255, 255, 255, 220 ) );
  format.setBuffer( buffer );

  auto *symbols = new QgsRuleBasedRenderer::Rule( nullptr );
  auto *labels = new QgsRuleBasedLabeling::Rule( nullptr );
  for ( const AirfieldClass &kind : airfieldClasses() )
  {
    // QGIS names the scales the other way round: "maximum" is the most zoomed-in.
    auto *rule = new QgsRuleBasedRenderer::Rule( kind.symbol, 0, static_cast<int>( kind.drawnFrom ),
                                                 kind.filter, kind.legend );
    rule->setActive( kind.shownByDefault );
    symbols->appendChild( rule );
    if ( !kind.shownByDefault )
      continue;
    auto *settings = new QgsPalLayerSettings;
    settings->fieldName = codeField;
    settings->placement = QgsPalLayerSettings::OrderedPositionsAroundPoint;
    // Rule-based labels do not learn the symbol's size from the renderer: without this
    // offset QGIS put them on their own point, the buffer hiding the symbol.
    settings->dist = kind.symbol->size() / 2.0 + 0.3;
    settings->distUnits = QgsUnitTypes::RenderMillimeters;
    settings->priority = kind.labelPriority;
    settings->setFormat( format );
    labels->appendChild(
        new QgsRuleBasedLabeling::Rule( settings, 0, kind.labelledFrom, kind.filter, kind.legend ) );
  }
  layer->setRenderer( new QgsRuleBasedRenderer( symbols ) );
  layer->setLabeling( new QgsRuleBasedLabeling( labels ) );
  layer->setLabelsEnabled( true );
}

bool airfieldClassPresent( QgsVectorLayer *layer, const QString &ruleKey, const QgsRectangle &extentWgs84 )
{
  const auto *renderer = dynamic_cast<const QgsRuleBasedRenderer *>( layer->renderer() );
  const QgsRuleBasedRenderer::Rule *rule =
      renderer ? const_cast<QgsRuleBasedRenderer *>( renderer )->rootRule()->findRuleByKey( ruleKey )
               : nullptr;
  if ( !rule || !rule->active() )
    return false;
  // QGIS evaluates the rule's own filter: no second copy of the classes here.
  QgsFeatureRequest request;
  request.setFilterRect( extentWgs84 ).setFilterExpression( rule->filterExpression() ).setLimit( 1 );
  QgsFeature feature;
  return layer->getFeatures( request ).nextFeature( feature );
}

void styleLegs( QgsVectorLayer *layer )
{
  // Faint: the whole track is context; the trail behind each aircraft is the news.
  layer->setRenderer( new QgsSingleSymbolRenderer( QgsLineSymbol::createSimple( {
      { QStringLiteral( "line_color" ), QStringLiteral( "#1f4e79" ) },
      { QStringLiteral( "line_width" ), QStringLiteral( "0.35" ) },
  } ) ) );
  layer->setOpacity( 0.45 );
}

void styleGaps( QgsVectorLayer *layer, const QString &onlyWhere )
{
  QgsLineSymbol *symbol = QgsLineSymbol::createSimple( {
      { QStringLiteral( "line_color" ), QStringLiteral( "#c0392b" ) },
      { QStringLiteral( "line_width" ), QStringLiteral( "0.5" ) },
      { QStringLiteral( "line_style" ), QStringLiteral( "dash" ) },
  } );
  if ( onlyWhere.isEmpty() )
  {
    layer->setRenderer( new QgsSingleSymbolRenderer( symbol ) );
    return;
  }
  auto *root = new QgsRuleBasedRenderer::Rule( nullptr );
  root->appendChild(
      new QgsRuleBasedRenderer::Rule( symbol, 0, 0, onlyWhere, QObject::tr( "Gaps in flight" ) ) );
  layer->setRenderer( new QgsRuleBasedRenderer( root ) );
}

void styleEvents( QgsVectorLayer *layer, const QString &startField, const QString &endField )
{
  QgsCategoryList categories;
  for ( EventKind kind : { EventKind::Summit, EventKind::DelegationVisit, EventKind::TreatySigning,
                           EventKind::Exercise, EventKind::FlightReport, EventKind::Other } )
  {
    QgsMarkerSymbol *symbol = QgsMarkerSymbol::createSimple( {
        { QStringLiteral( "name" ), QStringLiteral( "diamond" ) },
        { QStringLiteral( "color" ), eventKindColor( kind ).name() },
        { QStringLiteral( "outline_color" ), QStringLiteral( "#ffffff" ) },
        { QStringLiteral( "outline_width" ), QStringLiteral( "0.3" ) },
        { QStringLiteral( "size" ), QStringLiteral( "4.0" ) },
    } );
    // Larger while the event is happening at the current time (the layer's sortie_now).
    const int margin = static_cast<int>( kInstantEventCurrentMs / 1000 );
    symbol->setDataDefinedSize( QgsProperty::fromExpression(
        QStringLiteral( "if( @sortie_now IS NOT NULL AND @sortie_now >= \"%2\" - make_interval( seconds "
                        ":= if( \"%2\" = \"%3\", %1, 0 ) ) "
                        "AND @sortie_now <= \"%3\" + make_interval( seconds := if( \"%2\" = \"%3\", %1, "
                        "0 ) ), 6.5, 4.0 )" )
            .arg( margin )
            .arg( startField, endField ) ) );
    categories.append( QgsRendererCategory( eventKindName( kind ), symbol, eventKindLabel( kind ) ) );
  }
  layer->setRenderer( new QgsCategorizedSymbolRenderer( QStringLiteral( "kind" ), categories ) );

  auto *temporal = qobject_cast<QgsVectorLayerTemporalProperties *>( layer->temporalProperties() );
  temporal->setMode( Qgis::VectorTemporalMode::FeatureDateTimeStartAndEndFromFields );
  temporal->setStartField( startField );
  temporal->setEndField( endField );
  temporal->setIsActive( true );
}

void styleTrackPoints( QgsVectorLayer *layer, const QString &timeField )
{
  layer->setRenderer( new QgsSingleSymbolRenderer( QgsMarkerSymbol::createSimple( {
      { QStringLiteral( "name" ), QStringLiteral( "circle" ) },
      { QStringLiteral( "color" ), QStringLiteral( "#d35400" ) },
      { QStringLiteral( "outline_style" ), QStringLiteral( "no" ) },
      { QStringLiteral( "size" ), QStringLiteral( "1.2" ) },
  } ) ) );
  auto *temporal = qobject_cast<QgsVectorLayerTemporalProperties *>( layer->temporalProperties() );
  temporal->setMode( Qgis::VectorTemporalMode::FeatureDateTimeInstantFromField );
  temporal->setStartField( timeField );
  temporal->setIsActive( true );
}

void setTimeSpan( QgsVectorLayer *layer, const QString &startField, const QString &endField )
{
  auto *temporal = qobject_cast<QgsVectorLayerTemporalProperties *>( layer->temporalProperties() );
  temporal->setMode( Qgis::VectorTemporalMode::FeatureDateTimeStartAndEndFromFields );
  temporal->setStartField( startField );
  temporal->setEndField( endField );
  temporal->setIsActive( true );
}

} // namespace sortie::layerstyles
