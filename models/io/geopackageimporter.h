#pragma once

#include "models/io/importer.h"

namespace sortie
{

/**
 * GeoPackages. A Sortie project adds its tracks, airbases and events (merging projects).
 * Any other GeoPackage is read through GDAL layer by layer: point layers with a time
 * (a date-time column, or one named time, timestamp, datetime or when) become tracks,
 * grouped by an icao24, registration or callsign column; point layers without one but
 * with an icao or ident column become airbases; other layers are named in a warning.
 * GeoPackages have no lines: a problem names the layer and the feature id.
 */
class GeoPackageImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "GeoPackage" ); }
    QStringList suffixes() const override { return { QStringLiteral( "gpkg" ) }; }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

} // namespace sortie
