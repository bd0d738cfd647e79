#pragma once

#include "models/io/importer.h"

namespace sortie
{

/**
 * OpenSky Network historical state vectors as CSV (`time,icao24,lat,lon,velocity,heading,
 * vertrate,callsign,onground,...,baroaltitude,geoaltitude,...`): Unix seconds, metres,
 * m/s; many aircraft in one file, one track each. Rows without a position (OpenSky
 * keeps them) are counted, not listed.
 */
class OpenSkyCsvImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "OpenSky state vectors CSV" ); }
    QStringList suffixes() const override { return { QStringLiteral( "csv" ) }; }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

} // namespace sortie
