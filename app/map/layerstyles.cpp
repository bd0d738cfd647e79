#include "app/map/layerstyles.h"

#include "models/time/timerange.h"
#include "widgets/timeline/timelinewidget.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgslinesymbol.h>
#include <qgsmarkersymbol.h>
#include <qgspallabeling.h>
#include <qgsproperty.h>
#include <qgsrulebasedrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>
#include <qgsvectorlayertemporalproperties.h>

namespace sortie::layerstyles
{

void styleAirbases( QgsVectorLayer *layer, const QString &codeField )
{
  layer->setRenderer( new QgsSingleSymbolRenderer( QgsMarkerSymbol::createSimple( {
      { QStringLiteral( "name" ), QStringLiteral( "square" ) },
      { QStringLiteral( "color" ), QStringLiteral( "#3b3b3b" ) },
      { QStringLiteral( "outline_color" ), QStringLiteral( "#ffffff" ) },
      { QStringLiteral( "outline_width" ), QStringLiteral( "0.2" ) },
      { QStringLiteral( "size" ), QStringLiteral( "1.8" ) },
  } ) ) );
  QgsPalLayerSettings labels;
  labels.fieldName = codeField;
  labels.placement = QgsPalLayerSettings::OrderedPositionsAroundPoint;
  QgsTextFormat format;
  format.setSize( 7.5 );
  format.setColor( QColor( 0x2b, 0x2b, 0x2b ) );
  QgsTextBufferSettings buffer;
  buffer.setEnabled( true );
  buffer.setSize( 0.8 );
  buffer.setColor( QColor( 255, 255, 255, 220 ) );
  format.setBuffer( buffer );
  labels.setFormat( format );
  layer->setLabeling( new QgsVectorLayerSimpleLabeling( labels ) );
  layer->setLabelsEnabled( true );
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
