#pragma once

#include "models/domain/track.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sortie
{

/** What an aircraft database says about one airframe. Empty strings where it says nothing. */
struct AircraftRecord
{
    QString icao24;       //!< Six lower-case hex digits.
    QString registration; //!< e.g. "RA-86559".
    QString typeCode;     //!< ICAO type designator, e.g. "IL62".
    QString model;        //!< e.g. "Il-62M".
    QString operatorName; //!< Operator, else owner, as the database spells it.
    /**
     * A military airframe: ADS-B Exchange's own flag, or (OpenSky has none) an operator or
     * owner named as an air force, navy, army or ministry of defence.
     */
    bool military = false;
};

/**
 * An aircraft database by ICAO address: OpenSky's aircraft database (aircraftDatabase.csv,
 * or the newer aircraft-database-complete-YYYY-MM.csv quoted with ') or ADS-B Exchange's
 * basic aircraft database (basic-ac-db.json, one JSON object a line, gzip or not).
 *
 * convert() turns a downloaded file into Sortie's own form: one airframe a line, sorted by
 * address, tab-separated. open() maps that file and find() is a binary search over its
 * lines: nothing to load when the workbench starts, and the memory is the system's page
 * cache, not a copy of 600,000 airframes in the process (they would take about 150 MB as
 * Qt strings).
 */
class AircraftDatabase
{
  public:
    struct ConvertResult
    {
        QString format;    //!< "OpenSky aircraft database" or "ADS-B Exchange basic aircraft database".
        int airframes = 0; //!< Lines written.
        int skipped = 0;   //!< Rows without a valid ICAO address.
        QString error;     //!< Why nothing was written; empty on success.
    };

    /**
     * Read @p sourcePath (either format, gzip or not) and write Sortie's form to
     * @p targetPath (whole or not at all). @p progress (rows read, 0 when unknown) may
     * return false to cancel.
     */
    static ConvertResult convert( const QString &sourcePath, const QString &targetPath,
                                  const std::function<bool( int )> &progress = {} );

    AircraftDatabase() = default;

    /** Map Sortie's form at @p path. False, with @p error, when it is missing or not one. */
    bool open( const QString &path, QString *error = nullptr );
    bool isOpen() const { return !mData.isEmpty(); }
    /** What the file was made from and when (its first line), e.g. for the Reference Data dialog. */
    QString description() const { return mDescription; }

    /** The record of @p icao24 (any case), or none. */
    std::optional<AircraftRecord> find( const QString &icao24 ) const;

    /**
     * Fill what @p identity leaves unsaid (registration, type, operator, a military flag) from
     * the record of its ICAO address, marking each field filled in AircraftIdentity::fromDatabase.
     * False when the database has no record of it.
     */
    bool fill( AircraftIdentity &identity ) const;

    /** Whether the operator or owner @p name is an air force, a navy, an army or the like. */
    static bool isMilitaryOperator( const QString &name );

  private:
    // The file's bytes: QByteArray::fromRawData over a mapping kept by mFile (shared between
    // copies), so that find() reads straight from the page cache.
    struct Mapping;
    std::shared_ptr<const Mapping> mMapping;
    QByteArray mData; // the lines after the first
    QString mDescription;
};

} // namespace sortie
