#pragma once

#include "models/domain/track.h"
#include "models/io/csvreader.h"
#include "models/io/importer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QMap>

#include <optional>

namespace sortie::importsupport
{

/**
 * Collects an importer's warnings for one file. The first `kDetailed` are kept one by
 * one; after that they are counted, and finish() adds one line saying how many more
 * rows were skipped, so that a file of a million bad rows gives a readable report.
 */
class WarningSink
{
  public:
    static constexpr int kDetailed = 100;

    explicit WarningSink( QString fileName );
    void add( qint64 line, const QString &message );
    int count() const { return mTotal; }
    /** Move the warnings into @p result (appending a summary when some were held back). */
    void finish( ImportResult &result );

  private:
    QString mFile;
    QVector<ImportWarning> mWarnings;
    int mTotal = 0;
};

/**
 * Why a position cannot be true, or nullopt when it can: latitude outside -90..90,
 * longitude outside -180..180, time before 1990 or after 2100 (ADS-B positions do not
 * exist outside those years; a 1900 date is a broken export, not history).
 */
std::optional<QString> implausibility( const TrackPoint &point );

/**
 * @p seconds since the epoch in milliseconds, or nullopt when that cannot be a time at all
 * (not finite, or beyond a million years either way: no overflow, no undefined conversion).
 * Every importer converts a number read from a file to a time through these; plausibility
 * (implausibility()) is checked after.
 */
std::optional<std::int64_t> secondsToMs( double seconds );
std::optional<std::int64_t> secondsToMs( std::int64_t seconds );
/** @p milliseconds (a number read from a file) as a time, or nullopt as secondsToMs(). */
std::optional<std::int64_t> millisecondsToMs( double milliseconds );

/** @p value rounded to an int when it is finite and fits, else @p fallback. */
int toIntOr( double value, int fallback );

/** The earliest and latest times a track position may have. */
std::int64_t earliestPlausibleMs();
std::int64_t latestPlausibleMs();

/** Parse an ISO 8601 date-time; without a zone it is taken as UTC. Null when invalid. */
QDateTime parseUtc( const QString &text );

/** ISO 8601 UTC with seconds: "2024-07-09T04:10:00Z". */
QString toIsoUtc( std::int64_t timeMs );

/**
 * Read the header record of a CSV file. When there is none, marks @p result failed with
 * "no header line" and returns nullopt.
 */
std::optional<csv::Header> readCsvHeader( csv::Reader &reader, std::vector<std::string_view> &fields,
                                          const ImportSource &source, ImportResult &result );

/**
 * Parse the whole of @p source as JSON. When it is not valid JSON, marks @p result failed
 * with the parser's message and line and returns false.
 */
bool parseJsonOrFail( const ImportSource &source, QJsonDocument *document, ImportResult &result );

/** Unit conversions at the edges: feet and knots are never stored. */
constexpr float kMetresPerFoot = 0.3048f;
constexpr float kMetresPerSecondPerKnot = 0.514444f;
constexpr float kMetresPerSecondPerFootPerMinute = 0.00508f;

/**
 * Leading comment lines of a text file, "# key: value" (a Sortie extension that real
 * exports never have, so reading it is harmless): keys lower-cased. Sets @p bodyOffset
 * and @p bodyLine to where the data starts. Recognised keys: registration, icao24,
 * type, callsign, note.
 */
QMap<QString, QString> leadingComments( const QByteArray &content, int *bodyOffset, qint64 *bodyLine );

/** Apply the recognised keys of leadingComments() to a track. */
void applyComments( const QMap<QString, QString> &comments, Track &track );

/**
 * One track per ICAO address, made on first use, for sources that interleave aircraft
 * (OpenSky state vectors, FR24 granular CSV, aircraft.json). Tracks go into @p tracks in the
 * order their aircraft first appear.
 */
class TracksByAddress
{
  public:
    TracksByAddress( std::vector<Track> &tracks, TrackSource source );
    /** The track of @p icao24 (lower case), new when it has none yet. */
    Track &operator[]( const QString &icao24 );

  private:
    std::vector<Track> &mTracks;
    TrackSource mSource;
    QHash<QString, std::size_t> mIndex;
};

/** Add @p callsign (trimmed) to the identity unless empty or already listed. */
void addCallsign( AircraftIdentity &identity, const QString &callsign );

} // namespace sortie::importsupport
