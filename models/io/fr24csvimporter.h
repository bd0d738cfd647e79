#pragma once

#include "models/io/importer.h"

namespace sortie
{

/**
 * Flightradar24's CSV export: `Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction`,
 * one aircraft a file; Position is a quoted "lat,lon", Altitude in feet, Speed in knots.
 * FR24 reports altitude 0 on the ground and says nothing else about it.
 */
class Fr24CsvImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "Flightradar24 CSV" ); }
    QStringList suffixes() const override { return { QStringLiteral( "csv" ) }; }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

} // namespace sortie
