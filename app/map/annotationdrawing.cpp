#include "app/map/annotationdrawing.h"

#include <qgsannotationlayer.h>
#include <qgsannotationlineitem.h>
#include <qgsannotationmarkeritem.h>
#include <qgsannotationpointtextitem.h>
#include <qgsannotationpolygonitem.h>
#include <qgsfillsymbol.h>
#include <qgslinestring.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>
#include <qgsmarkersymbol.h>
#include <qgspolygon.h>
#include <qgstextformat.h>

#include <functional>

namespace sortie
{

namespace
{
const QColor kInk( 0x7b, 0x1f, 0xa2 ); // the analyst's own marks: purple, unlike any data

QgsTextFormat calloutFormat()
{
  QgsTextFormat format;
  format.setSize( 9 );
  format.setColor( kInk );
  QFont font = format.font();
  font.setBold( true );
  format.setFont( font );
  QgsTextBufferSettings buffer;
  buffer.setEnabled( true );
  buffer.setSize( 1.0 );
  buffer.setColor( QColor( 255, 255, 255, 235 ) );
  format.setBuffer( buffer );
  return format;
}

QgsLineString *lineOf( const QVector<GeoPoint> &points )
{
  QVector<QgsPointXY> vertices;
  for ( const GeoPoint &p : points )
    vertices.append( QgsPointXY( p.longitude, p.latitude ) );
  return new QgsLineString( vertices );
}
} // namespace

// The annotations @p shown selects, as annotation items of @p layer.
static void drawSome( QgsAnnotationLayer *layer, const QVector<Annotation> &annotations,
                      const std::function<bool( const Annotation & )> &shown )
{
  layer->clear();
  for ( const Annotation &annotation : annotations )
  {
    if ( !shown( annotation ) || annotation.points.isEmpty() )
      continue;
    const GeoPoint first = annotation.points.first();
    switch ( annotation.kind )
    {
    case Annotation::Kind::Marker:
    {
      auto *marker = new QgsAnnotationMarkerItem( QgsPoint( first.longitude, first.latitude ) );
      marker->setSymbol(
          QgsMarkerSymbol::createSimple( { { QStringLiteral( "name" ), QStringLiteral( "star" ) },
                                           { QStringLiteral( "color" ), kInk.name() },
                                           { QStringLiteral( "outline_color" ), QStringLiteral( "#ffffff" ) },
                                           { QStringLiteral( "size" ), QStringLiteral( "5" ) } } ) );
      layer->addItem( marker );
      if ( annotation.text.isEmpty() )
        break;
      [[fallthrough]]; // a marker's text goes beside it, as a callout's
    }
    case Annotation::Kind::Callout:
    {
      auto *text =
          new QgsAnnotationPointTextItem( annotation.text, QgsPointXY( first.longitude, first.latitude ) );
      text->setFormat( calloutFormat() );
      text->setAlignment( Qt::AlignLeft );
      layer->addItem( text );
      break;
    }
    case Annotation::Kind::Arrow:
    {
      if ( annotation.points.size() < 2 )
        break;
      auto *arrow = new QgsAnnotationLineItem( lineOf( annotation.points ) );
      // A line with a filled arrow head at its last vertex, turned along the line.
      QgsLineSymbol *symbol =
          QgsLineSymbol::createSimple( { { QStringLiteral( "line_color" ), kInk.name() },
                                         { QStringLiteral( "line_width" ), QStringLiteral( "0.8" ) } } );
      auto *head = new QgsMarkerLineSymbolLayer( true );
      head->setPlacement( QgsTemplatedLineSymbolLayerBase::LastVertex );
      head->setSubSymbol(
          QgsMarkerSymbol::createSimple( { { QStringLiteral( "name" ), QStringLiteral( "filled_arrowhead" ) },
                                           { QStringLiteral( "color" ), kInk.name() },
                                           { QStringLiteral( "outline_style" ), QStringLiteral( "no" ) },
                                           { QStringLiteral( "size" ), QStringLiteral( "4" ) } } ) );
      symbol->appendSymbolLayer( head );
      arrow->setSymbol( symbol );
      layer->addItem( arrow );
      break;
    }
    case Annotation::Kind::Area:
    {
      if ( annotation.points.size() < 3 )
        break;
      QgsLineString *ring = lineOf( annotation.points );
      ring->close();
      auto *polygon = new QgsPolygon( ring );
      auto *area = new QgsAnnotationPolygonItem( polygon );
      QColor fill = kInk;
      fill.setAlpha( 50 );
      area->setSymbol( QgsFillSymbol::createSimple(
          { { QStringLiteral( "color" ), QStringLiteral( "%1,%2,%3,%4" )
                                             .arg( fill.red() )
                                             .arg( fill.green() )
                                             .arg( fill.blue() )
                                             .arg( fill.alpha() ) },
            { QStringLiteral( "outline_color" ), kInk.name() },
            { QStringLiteral( "outline_width" ), QStringLiteral( "0.5" ) },
            { QStringLiteral( "outline_style" ), QStringLiteral( "dash" ) } } ) );
      layer->addItem( area );
      if ( !annotation.text.isEmpty() )
      {
        auto *text =
            new QgsAnnotationPointTextItem( annotation.text, QgsPointXY( first.longitude, first.latitude ) );
        text->setFormat( calloutFormat() );
        layer->addItem( text );
      }
      break;
    }
    }
  }
}

void drawAnnotations( QgsAnnotationLayer *layer, const QVector<Annotation> &annotations, std::int64_t timeMs )
{
  drawSome( layer, annotations, [timeMs]( const Annotation &a ) { return a.isShownAt( timeMs ); } );
}

void drawAnnotationsIn( QgsAnnotationLayer *layer, const QVector<Annotation> &annotations,
                        const TimeRange &window )
{
  drawSome( layer, annotations,
            [&window]( const Annotation &a ) { return !a.window || a.window->intersects( window ); } );
}

} // namespace sortie
