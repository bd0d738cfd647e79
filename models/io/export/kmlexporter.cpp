#include "models/core/componentversions.h"
#include "models/io/export/exporters.h"
#include "models/io/export/exportsupport.h"
#include "models/workspace/workspace.h"

#include <QXmlStreamWriter>

#include <cmath>

namespace sortie::exporters
{

namespace
{
// KML colours are aabbggrr.
const QString kTrackColour = QStringLiteral( "ff0054d3" ); // Sortie's live orange
const QString kEventColour = QStringLiteral( "ff79441f" );

QString coordinate( double value )
{
  return QString::number( value, 'f', 7 ); // 1e-7 degrees: as the track stores it
}

void writeStyles( QXmlStreamWriter &xml )
{
  xml.writeStartElement( QStringLiteral( "Style" ) );
  xml.writeAttribute( QStringLiteral( "id" ), QStringLiteral( "track" ) );
  xml.writeStartElement( QStringLiteral( "IconStyle" ) );
  xml.writeTextElement( QStringLiteral( "color" ), kTrackColour );
  xml.writeStartElement( QStringLiteral( "Icon" ) );
  xml.writeTextElement( QStringLiteral( "href" ),
                        QStringLiteral( "http://maps.google.com/mapfiles/kml/shapes/airports.png" ) );
  xml.writeEndElement();
  xml.writeEndElement();
  xml.writeStartElement( QStringLiteral( "LineStyle" ) );
  xml.writeTextElement( QStringLiteral( "color" ), kTrackColour );
  xml.writeTextElement( QStringLiteral( "width" ), QStringLiteral( "2" ) );
  xml.writeEndElement();
  xml.writeEndElement();

  xml.writeStartElement( QStringLiteral( "Style" ) );
  xml.writeAttribute( QStringLiteral( "id" ), QStringLiteral( "event" ) );
  xml.writeStartElement( QStringLiteral( "IconStyle" ) );
  xml.writeTextElement( QStringLiteral( "color" ), kEventColour );
  xml.writeEndElement();
  xml.writeEndElement();
}

void writeTrack( QXmlStreamWriter &xml, const Track &track )
{
  xml.writeStartElement( QStringLiteral( "Placemark" ) );
  xml.writeTextElement( QStringLiteral( "name" ), track.identity.label() );
  QStringList description;
  if ( !track.identity.aircraftType.isEmpty() )
    description << QObject::tr( "Type: %1" ).arg( track.identity.aircraftType );
  if ( !track.identity.callsigns.isEmpty() )
    description
        << QObject::tr( "Callsigns: %1" ).arg( track.identity.callsigns.join( QStringLiteral( ", " ) ) );
  if ( !track.source.note.isEmpty() )
    description << track.source.note;
  description << QObject::tr( "Source: %1 (%2)" ).arg( track.source.fileName, track.source.format );
  if ( !track.identity.fromDatabase.isEmpty() )
    description << QObject::tr( "From the aircraft database, not the source: %1" )
                       .arg( track.identity.fromDatabase.join( QStringLiteral( ", " ) ) );
  xml.writeTextElement( QStringLiteral( "description" ), description.join( QLatin1Char( '\n' ) ) );
  xml.writeTextElement( QStringLiteral( "styleUrl" ), QStringLiteral( "#track" ) );
  bool anyAltitude = false;
  for ( int i = 0; i < track.size() && !anyAltitude; ++i )
    anyAltitude = !std::isnan( track.altitudeMetres( i ) );
  xml.writeStartElement( QStringLiteral( "gx:Track" ) );
  // Barometric altitude as if above sea level: close enough for a globe.
  xml.writeTextElement( QStringLiteral( "altitudeMode" ),
                        anyAltitude ? QStringLiteral( "absolute" ) : QStringLiteral( "clampToGround" ) );
  for ( int i = 0; i < track.size(); ++i )
    xml.writeTextElement( QStringLiteral( "when" ), isoUtc( track.timeMs( i ) ) );
  float lastAltitude = 0.0f;
  for ( int i = 0; i < track.size(); ++i )
  {
    const GeoPoint p = track.position( i );
    if ( !std::isnan( track.altitudeMetres( i ) ) )
      lastAltitude = track.altitudeMetres( i ); // an unknown altitude repeats the last known
    xml.writeTextElement( QStringLiteral( "gx:coord" ),
                          QStringLiteral( "%1 %2 %3" )
                              .arg( coordinate( p.longitude ), coordinate( p.latitude ) )
                              .arg( lastAltitude, 0, 'f', 1 ) );
  }
  xml.writeEndElement(); // gx:Track
  xml.writeEndElement(); // Placemark
}

QString sourcesText( const Event &event )
{
  QStringList lines;
  for ( const SourceCitation &source : event.sources )
  {
    QString line = source.outlet;
    if ( !source.title.isEmpty() )
      line += QStringLiteral( ", \"%1\"" ).arg( source.title );
    if ( source.date.isValid() )
      line += QStringLiteral( ", %1" ).arg( source.date.toString( Qt::ISODate ) );
    if ( !source.url.isEmpty() )
      line += QStringLiteral( " <%1>" ).arg( source.url );
    if ( !source.supports.isEmpty() )
      line += QObject::tr( " (for: %1)" ).arg( source.supports );
    lines << line;
  }
  return lines.join( QLatin1Char( '\n' ) );
}

void writeEvent( QXmlStreamWriter &xml, const Event &event, const GeoPoint &at )
{
  xml.writeStartElement( QStringLiteral( "Placemark" ) );
  xml.writeAttribute( QStringLiteral( "id" ), event.id );
  xml.writeTextElement( QStringLiteral( "name" ), event.title );
  QString description = event.description;
  if ( !event.actors.isEmpty() )
    description +=
        QLatin1Char( '\n' ) + QObject::tr( "Actors: %1" ).arg( event.actors.join( QStringLiteral( ", " ) ) );
  if ( !event.sources.isEmpty() )
    description +=
        QLatin1Char( '\n' ) + QObject::tr( "Sources:" ) + QLatin1Char( '\n' ) + sourcesText( event );
  xml.writeTextElement( QStringLiteral( "description" ), description.trimmed() );
  xml.writeTextElement( QStringLiteral( "styleUrl" ), QStringLiteral( "#event" ) );
  const auto [from, until] = event.interval();
  if ( until > from )
  {
    xml.writeStartElement( QStringLiteral( "TimeSpan" ) );
    xml.writeTextElement( QStringLiteral( "begin" ), isoUtc( from.toMSecsSinceEpoch() ) );
    xml.writeTextElement( QStringLiteral( "end" ), isoUtc( until.toMSecsSinceEpoch() ) );
    xml.writeEndElement();
  }
  else
  {
    xml.writeStartElement( QStringLiteral( "TimeStamp" ) );
    xml.writeTextElement( QStringLiteral( "when" ), isoUtc( from.toMSecsSinceEpoch() ) );
    xml.writeEndElement();
  }
  xml.writeStartElement( QStringLiteral( "Point" ) );
  xml.writeTextElement(
      QStringLiteral( "coordinates" ),
      QStringLiteral( "%1,%2" ).arg( coordinate( at.longitude ), coordinate( at.latitude ) ) );
  xml.writeEndElement();
  xml.writeEndElement();
}
} // namespace

QString writeKml( const Workspace &workspace, const QString &path )
{
  QByteArray bytes;
  QXmlStreamWriter xml( &bytes );
  xml.setAutoFormatting( true );
  xml.setAutoFormattingIndent( 1 );
  xml.writeStartDocument();
  xml.writeStartElement( QStringLiteral( "kml" ) );
  xml.writeDefaultNamespace( QStringLiteral( "http://www.opengis.net/kml/2.2" ) );
  xml.writeNamespace( QStringLiteral( "http://www.google.com/kml/ext/2.2" ), QStringLiteral( "gx" ) );
  xml.writeStartElement( QStringLiteral( "Document" ) );
  xml.writeTextElement( QStringLiteral( "name" ), QObject::tr( "Sortie export" ) );
  xml.writeTextElement( QStringLiteral( "description" ),
                        QObject::tr( "Exported by Sortie %1. Times are UTC." ).arg( sortieVersion() ) );
  writeStyles( xml );

  xml.writeStartElement( QStringLiteral( "Folder" ) );
  xml.writeTextElement( QStringLiteral( "name" ), QObject::tr( "Tracks" ) );
  for ( const Track &track : workspace.sourceTracks() )
  {
    if ( !track.isEmpty() )
      writeTrack( xml, track );
  }
  xml.writeEndElement();

  xml.writeStartElement( QStringLiteral( "Folder" ) );
  xml.writeTextElement( QStringLiteral( "name" ), QObject::tr( "Events" ) );
  for ( const Event &event : workspace.events() )
  {
    // A placemark needs a place; events without one are in the CSV export.
    if ( const std::optional<GeoPoint> at = workspace.airbases().placePosition( event.place ) )
      writeEvent( xml, event, *at );
  }
  xml.writeEndElement();

  xml.writeEndElement(); // Document
  xml.writeEndElement(); // kml
  xml.writeEndDocument();
  return writeAtomically( path, bytes );
}

} // namespace sortie::exporters
