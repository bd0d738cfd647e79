#pragma once

#include "models/io/importer.h"

namespace sortie
{

/**
 * KML tracks: `gx:Track` (and `gx:MultiTrack`) with `when` and `gx:coord` (FlightAware's
 * export, Google Earth), one track per Placemark; and time-stamped Point placemarks
 * (Flightradar24's KML export), merged into one track. Altitudes are metres, as KML has
 * them. Identity and notes from `ExtendedData` Data elements named registration, icao24,
 * type, callsign and note, on the Document or the Placemark.
 *
 * Why not GDAL: its KML driver reads gx:Track as a line without the per-position times,
 * which are what Sortie needs most. A streaming QXmlStreamReader keeps them, and the
 * line of every problem.
 */
class KmlImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "KML" ); }
    QStringList suffixes() const override { return { QStringLiteral( "kml" ) }; }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

} // namespace sortie
