#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

#include <memory>

namespace sortie
{

class AircraftDatabase;

/** What the reference data folder holds of one kind, as the manifest records it. */
struct ReferenceEntry
{
    QString kind;         //!< "airports" or "aircraft".
    QString url;          //!< Where it was downloaded from.
    QDateTime downloaded; //!< UTC.
    qint64 bytes = 0;     //!< As downloaded.
    QString description;  //!< e.g. "OpenSky aircraft database, 612,345 airframes".
};

/**
 * The reference data an analyst downloads once and every project uses, offline after
 * (issue 14 point 4): the OurAirports airports file and an aircraft database, in one folder
 * of the user's (QStandardPaths' application data folder, "reference"), with a manifest
 * (manifest.json) of where and when each came from.
 */
class ReferenceFolder
{
  public:
    /** The default public addresses. */
    static QString defaultAirportsUrl();
    static QString defaultAircraftUrl(); //!< OpenSky's aircraft database.
    static QString adsbExchangeAircraftUrl();

    explicit ReferenceFolder( QString path );
    QString path() const { return mPath; }

    /** OurAirports' airports.csv, as downloaded. */
    QString airportsPath() const;
    /** The aircraft database in Sortie's form (AircraftDatabase::convert()). */
    QString aircraftPath() const;
    /**
     * The aircraft database here, opened; none when there is none yet, or (with @p error)
     * when the file is not one.
     */
    std::shared_ptr<const AircraftDatabase> openAircraftDatabase( QString *error = nullptr ) const;

    /** What the manifest says is here (kinds whose file is missing are left out). */
    QVector<ReferenceEntry> entries() const;
    /** The entry of @p kind, or an empty one (kind empty) when there is none. */
    ReferenceEntry entry( const QString &kind ) const;
    /** Record @p entry (replacing the one of its kind). False when the manifest cannot be written. */
    bool record( const ReferenceEntry &entry ) const;

  private:
    QString mPath;
};

} // namespace sortie
