#pragma once

#include "models/io/importer.h"

namespace sortie
{

/**
 * Sortie's simple airbase list (docs/formats.md): `name,icao,iata,lat,lon,kind,country`
 * with an optional `elevation_m`; kind is civil, military, joint or unknown.
 */
class AirbaseCsvImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "Airbase CSV" ); }
    QStringList suffixes() const override { return { QStringLiteral( "csv" ) }; }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

/**
 * OurAirports' `airports.csv`. Columns are found by header name, since their order
 * changes between exports; heliports, balloon ports and closed fields are left out.
 */
class OurAirportsImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "OurAirports airports.csv" ); }
    QStringList suffixes() const override { return { QStringLiteral( "csv" ) }; }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

} // namespace sortie
