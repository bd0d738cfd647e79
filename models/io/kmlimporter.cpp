#include "models/io/kmlimporter.h"

#include "models/io/importsupport.h"

#include <QMap>
#include <QObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <limits>

namespace sortie
{

using namespace importsupport;

int KmlImporter::sniff( const QByteArray &head ) const
{
  const QByteArray start = head.left( 4096 );
  return start.contains( "<kml" ) ? 95 : 0;
}

namespace
{
struct PendingTrack
{
    QMap<QString, QString> data; // ExtendedData of the placemark
    QString name;
    Track track;
};

// "lon lat alt" (gx:coord) or "lon,lat,alt" (coordinates): longitude first, as KML has it.
bool parseCoordinate( const QString &text, TrackPoint &point, bool commaSeparated )
{
  const QStringList parts =
      text.trimmed().split( commaSeparated ? QRegularExpression( QStringLiteral( "\\s*,\\s*" ) )
                                           : QRegularExpression( QStringLiteral( "\\s+" ) ),
                            Qt::SkipEmptyParts );
  if ( parts.size() < 2 )
    return false;
  bool okLon = false, okLat = false;
  point.longitude = parts.at( 0 ).toDouble( &okLon );
  point.latitude = parts.at( 1 ).toDouble( &okLat );
  if ( parts.size() >= 3 )
  {
    bool okAlt = false;
    const double altitude = parts.at( 2 ).toDouble( &okAlt );
    if ( okAlt )
      point.altitudeMetres = static_cast<float>( altitude );
  }
  return okLon && okLat;
}

void applyData( const QMap<QString, QString> &data, Track &track )
{
  applyComments( data, track ); // same keys as text files' "# key: value" lines
}
} // namespace

ImportResult KmlImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  WarningSink warnings( source.displayName );
  QXmlStreamReader xml( source.content );

  QMap<QString, QString> documentData;
  std::vector<PendingTrack> gxTracks;
  Track pointTrack; // time-stamped placemarks (Flightradar24)
  QString pointTrackName;

  // State of the placemark being read.
  bool inPlacemark = false;
  PendingTrack placemark;
  QVector<std::int64_t> whens;
  QVector<qint64> whenLines;
  QVector<TrackPoint> coords;
  QVector<qint64> coordLines;
  QVector<bool> coordValid; // false: already reported as unreadable
  qint64 trackLine = 0;
  bool placemarkHasTrack = false;
  std::int64_t placemarkTime = 0;
  bool placemarkHasTime = false;
  TrackPoint placemarkPoint;
  bool placemarkHasPoint = false;
  qint64 placemarkLine = 0;
  QString dataName;

  auto flushTrackElement = [&]()
  {
    // A gx:Track: pair the i-th when with the i-th coord.
    if ( whens.size() != coords.size() )
      warnings.add( trackLine,
                    QObject::tr( "gx:Track has %1 <when> and %2 <gx:coord>; the first %3 pairs used" )
                        .arg( whens.size() )
                        .arg( coords.size() )
                        .arg( std::min( whens.size(), coords.size() ) ) );
    for ( int i = 0; i < std::min( whens.size(), coords.size() ); ++i )
    {
      if ( whens.at( i ) == std::numeric_limits<std::int64_t>::min() || !coordValid.at( i ) )
        continue; // its <when> or <gx:coord> was already reported
      TrackPoint point = coords.at( i );
      point.timeMs = whens.at( i );
      if ( const auto why = implausibility( point ) )
      {
        warnings.add( coordLines.at( i ), *why + QStringLiteral( "; position skipped" ) );
        continue;
      }
      placemark.track.append( point );
    }
    whens.clear();
    whenLines.clear();
    coords.clear();
    coordLines.clear();
    coordValid.clear();
  };

  while ( !xml.atEnd() )
  {
    xml.readNext();
    if ( xml.isStartElement() )
    {
      const auto name = xml.name(); // QStringRef in Qt 5, QStringView in Qt 6
      if ( name == QLatin1String( "Placemark" ) )
      {
        inPlacemark = true;
        placemark = PendingTrack();
        placemarkHasTrack = placemarkHasTime = placemarkHasPoint = false;
        placemarkPoint = TrackPoint();
        placemarkLine = xml.lineNumber();
      }
      else if ( name == QLatin1String( "name" ) && inPlacemark && placemark.name.isEmpty() )
        placemark.name = xml.readElementText().trimmed();
      else if ( name == QLatin1String( "Data" ) )
        dataName = xml.attributes().value( QLatin1String( "name" ) ).toString().toLower();
      else if ( name == QLatin1String( "value" ) && !dataName.isEmpty() )
      {
        const QString value = xml.readElementText().trimmed();
        ( inPlacemark ? placemark.data : documentData ).insert( dataName, value );
      }
      else if ( name == QLatin1String( "Track" ) ) // gx:Track
      {
        placemarkHasTrack = true;
        trackLine = xml.lineNumber();
      }
      else if ( name == QLatin1String( "when" ) )
      {
        const qint64 line = xml.lineNumber();
        const QString text = xml.readElementText();
        const QDateTime time = parseUtc( text );
        if ( !time.isValid() )
        {
          warnings.add( line,
                        QStringLiteral( "<when>%1</when> is not an ISO 8601 time" ).arg( text.trimmed() ) );
          // Keep the pairing with gx:coord: mark this slot as unusable.
          if ( placemarkHasTrack )
          {
            whens.append( std::numeric_limits<std::int64_t>::min() );
            whenLines.append( line );
          }
          continue;
        }
        if ( placemarkHasTrack )
        {
          whens.append( time.toMSecsSinceEpoch() );
          whenLines.append( line );
        }
        else if ( inPlacemark )
        {
          placemarkTime = time.toMSecsSinceEpoch();
          placemarkHasTime = true;
        }
      }
      else if ( name == QLatin1String( "coord" ) ) // gx:coord
      {
        const qint64 line = xml.lineNumber();
        TrackPoint point;
        const bool valid = parseCoordinate( xml.readElementText(), point, false );
        if ( !valid )
          warnings.add( line, QStringLiteral( "<gx:coord> is not \"lon lat alt\"" ) );
        coords.append( point ); // kept, unusable, so that the i-th <when> still pairs with the i-th coord
        coordLines.append( line );
        coordValid.append( valid );
      }
      else if ( name == QLatin1String( "coordinates" ) && inPlacemark && !placemarkHasTrack )
      {
        const qint64 line = xml.lineNumber();
        const QString text = xml.readElementText().trimmed();
        // Only a single position is a track point; a LineString (FR24's "Route") is not.
        if ( !text.contains( QRegularExpression( QStringLiteral( "\\s" ) ) ) )
        {
          if ( parseCoordinate( text, placemarkPoint, true ) )
            placemarkHasPoint = true;
          else
            warnings.add( line, QStringLiteral( "<coordinates> is not \"lon,lat,alt\"" ) );
        }
      }
    }
    else if ( xml.isEndElement() )
    {
      const auto name = xml.name(); // QStringRef in Qt 5, QStringView in Qt 6
      if ( name == QLatin1String( "Data" ) )
        dataName.clear();
      else if ( name == QLatin1String( "Track" ) )
        flushTrackElement();
      else if ( name == QLatin1String( "Placemark" ) )
      {
        inPlacemark = false;
        if ( placemarkHasTrack )
        {
          if ( !placemark.track.isEmpty() )
            gxTracks.push_back( std::move( placemark ) );
        }
        else if ( placemarkHasTime && placemarkHasPoint )
        {
          placemarkPoint.timeMs = placemarkTime;
          if ( const auto why = implausibility( placemarkPoint ) )
            warnings.add( placemarkLine, *why + QStringLiteral( "; placemark skipped" ) );
          else
          {
            pointTrack.append( placemarkPoint );
            if ( pointTrackName.isEmpty() )
              pointTrackName = placemark.name;
            applyData( placemark.data, pointTrack );
          }
        }
      }
    }
  }
  if ( xml.hasError() )
  {
    const QString message = QObject::tr( "not well-formed XML: %1" ).arg( xml.errorString() );
    if ( gxTracks.empty() && pointTrack.isEmpty() )
    {
      result.failed = true;
      warnings.finish( result );
      result.warnings.append( { source.displayName, xml.lineNumber(), message } );
      return result;
    }
    warnings.add( xml.lineNumber(), message + QStringLiteral( "; the positions before it were kept" ) );
  }

  for ( PendingTrack &pending : gxTracks )
  {
    Track &track = pending.track;
    track.source = { formatName() + QStringLiteral( " gx:Track" ), source.displayName, QString() };
    applyData( documentData, track );
    applyData( pending.data, track );
    if ( track.identity.callsigns.isEmpty() && !pending.name.isEmpty() )
      addCallsign( track.identity, pending.name );
    track.sortByTime();
    result.tracks.push_back( std::move( track ) );
  }
  if ( !pointTrack.isEmpty() )
  {
    pointTrack.source = { formatName() + QStringLiteral( " time-stamped points" ), source.displayName,
                          pointTrack.source.note };
    const QString note = pointTrack.source.note;
    applyData( documentData, pointTrack );
    if ( pointTrack.source.note.isEmpty() )
      pointTrack.source.note = note;
    if ( pointTrack.identity.callsigns.isEmpty() && !pointTrackName.isEmpty() )
      addCallsign( pointTrack.identity, pointTrackName );
    pointTrack.sortByTime();
    result.tracks.push_back( std::move( pointTrack ) );
  }
  warnings.finish( result );
  return result;
}

} // namespace sortie
