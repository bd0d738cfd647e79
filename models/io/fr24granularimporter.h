#pragma once

#include "models/io/importer.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace sortie
{

/**
 * Flightradar24's "ADS-B data granular" CSV (the paid data download): every message as
 * received, from several receivers, `network_time,receiver_time,hex,callsign,latitude,
 * longitude,no_position,altitude,squawk,speed,track,vspeed,on_ground,...` followed by
 * key:value tokens that are not read. Times look like `2024-01-02 07:41:03Z.515` (the
 * fraction after the Z); `hex` is the ICAO address as `0x8467d8`; altitude in feet, speed in
 * knots, vspeed in feet a minute; `no_position` N marks a message without a position (its
 * 0,0 is not a place), `on_ground` A airborne, G on the ground. One track per aircraft; the
 * network time orders the messages of all receivers on one clock.
 */
class Fr24GranularCsvImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "Flightradar24 granular CSV" ); }
    QStringList suffixes() const override { return { QStringLiteral( "csv" ) }; }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

/** `2024-01-02 07:41:03Z.515` (or without the fraction, or with it before the Z) in UTC ms. */
std::optional<std::int64_t> parseFr24GranularTime( std::string_view text );

} // namespace sortie
