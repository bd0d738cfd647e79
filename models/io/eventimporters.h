#pragma once

#include "models/io/importer.h"

namespace sortie
{

/**
 * A date as written in an event file, with the precision its form implies:
 * "2023-08" month, "2023-07-25" day, "2024-07-09T04:10Z" time (no zone: UTC).
 * Returns a null QDateTime when @p text is none of these.
 */
QDateTime parseEventDate( const QString &text, DatePrecision *precision );

/**
 * The exclusive end for an end date written as @p text: "2023-07-27" (day) covers that
 * whole day, so the end is 2023-07-28T00:00Z; a time is taken as it is.
 */
QDateTime parseEventEnd( const QString &text );

/** Sortie's event JSON (docs/formats.md): {"sortie_events": 1, "events": [...]}. */
class EventJsonImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "Sortie events JSON" ); }
    QStringList suffixes() const override { return { QStringLiteral( "json" ) }; }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

/**
 * Sortie's event CSV (docs/formats.md): one row per event and source; rows repeating an
 * event id add sources to it.
 */
class EventCsvImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "Sortie events CSV" ); }
    QStringList suffixes() const override { return { QStringLiteral( "csv" ) }; }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

} // namespace sortie
