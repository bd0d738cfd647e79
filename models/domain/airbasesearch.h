#pragma once

#include "models/domain/airbase.h"

#include <QString>
#include <QVector>

namespace sortie
{

/**
 * Finds airfields by what an analyst types: an ICAO or IATA code, or part of a name, in any
 * case and with or without accents ("sao paulo" finds "São Paulo", "sheremet" finds
 * Sheremetyevo). Built once per set of airbases (the worldwide OurAirports file: about
 * 85,000 names folded in about 10 ms); a query scans them all in under 3 ms.
 *
 * A plain scan, not a trigram or prefix index: a query must also find a word in the middle
 * of a name, and at this size the scan is well inside a keystroke's time (see
 * docs/benchmarks.md, BM_SearchAirports).
 */
class AirbaseSearch
{
  public:
    AirbaseSearch() = default;
    explicit AirbaseSearch( AirbaseIndex airbases );

    const AirbaseIndex &airbases() const { return mAirbases; }

    /**
     * Indexes into airbases().airbases() of the fields that match @p query, best first, at
     * most @p limit: the field with that ICAO code, then that IATA code, then codes that
     * start with it (by size), then fields whose name matches: larger fields first (closed
     * ones last), and among fields of a size, names that start with it, then names with a
     * word that starts with it, then names that contain it. Empty for a blank query.
     */
    QVector<int> find( const QString &query, int limit ) const;

    /** @p text in lower case, accents removed, runs of spaces and punctuation one space. */
    static QString fold( const QString &text );

  private:
    AirbaseIndex mAirbases;
    QVector<QString> mFoldedNames; // fold( name ), parallel to the airbases
};

} // namespace sortie
