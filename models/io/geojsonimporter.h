#pragma once

#include "models/io/importer.h"

namespace sortie
{

/**
 * GeoJSON tracks, two shapes (docs/formats.md):
 * - OGC MF-JSON trajectories: a Feature whose LineString coordinates pair with a
 *   `properties.datetimes` array, or whose `temporalGeometry` is a MovingPoint with
 *   `coordinates` and `datetimes`; one track per feature.
 * - Point features with a time property (`time`, `timestamp`, `datetime` or `when`: ISO
 *   8601, or Unix seconds), grouped into one track per `icao24`, `registration` or
 *   `callsign` property.
 * Altitude is the third coordinate or `altitude_m`, in metres; `on_ground` a boolean.
 *
 * Why not GDAL: its GeoJSON driver drops MF-JSON's `temporalGeometry` (a foreign member)
 * and gives no line per feature; QJsonDocument keeps both, with a light scan for lines.
 */
class GeoJsonImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "GeoJSON" ); }
    QStringList suffixes() const override
    {
      return { QStringLiteral( "geojson" ), QStringLiteral( "json" ) };
    }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

} // namespace sortie
