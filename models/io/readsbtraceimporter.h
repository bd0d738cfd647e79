#pragma once

#include "models/io/importer.h"

namespace sortie
{

/**
 * ADS-B Exchange / readsb trace files (`trace_full_<icao>.json`, often gzip-compressed
 * whatever the name): `icao`, `r` (registration), `t` (type), `timestamp` (Unix seconds)
 * and `trace` rows of [seconds after timestamp, lat, lon, altitude in feet or "ground",
 * ground speed in knots, track, flags, vertical rate in ft/min, ...]. Flag bits: 1 stale,
 * 2 start of a new leg.
 */
class ReadsbTraceImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "readsb trace" ); }
    QStringList suffixes() const override
    {
      return { QStringLiteral( "json" ), QStringLiteral( "json.gz" ) };
    }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

} // namespace sortie
