#pragma once

#include "models/io/importer.h"

#include <vector>

namespace sortie
{

/**
 * readsb / dump1090 / tar1090 `aircraft.json` snapshots (and readsb's `history_*.json`, the
 * same shape): `{"now": seconds, "aircraft": [ {...}, ... ]}`, one position per aircraft that
 * has one, taken at `now - seen_pos`. Both generations of field names: dump1090's `altitude`,
 * `speed`, `vert_rate` and readsb / dump1090-fa's `alt_baro` (a number, or "ground"),
 * `alt_geom`, `gs`, `baro_rate`, `geom_rate`; `flight` is the callsign, `r` and `t` (where
 * readsb adds them) registration and type. One track per aircraft; a folder of snapshots
 * becomes one track per aircraft through mergeSnapshotTracks().
 *
 * Why QJsonDocument: a snapshot is a few hundred aircraft, and its fields vary by version.
 */
class AircraftJsonImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "readsb aircraft.json" ); }
    QStringList suffixes() const override { return { QStringLiteral( "json" ) }; }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

/**
 * Join the tracks that snapshots gave (AircraftJsonImporter's format) into one per ICAO
 * address, in time order, leaving every other track as it is: many snapshot files, one track
 * per aircraft.
 */
void mergeSnapshotTracks( std::vector<Track> &tracks );

} // namespace sortie
