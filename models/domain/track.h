#pragma once

#include "models/geo/geopoint.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace sortie
{

/** Per-position flags, as far as the source says them. */
enum TrackPointFlag : std::uint8_t
{
  PointOnGround = 1 << 0,      //!< The source says the aircraft was on the ground.
  PointStale = 1 << 1,         //!< The source marks the position as stale or interpolated.
  PointNewLeg = 1 << 2,        //!< The source starts a new leg here (readsb).
  PointOnGroundKnown = 1 << 3, //!< PointOnGround is the source's statement, not absent data.
};

/** One position, as handed in and out of a Track. Units: metres, seconds, degrees. */
struct TrackPoint
{
    static constexpr float kUnknown = std::numeric_limits<float>::quiet_NaN();

    std::int64_t timeMs = 0;          //!< UTC, milliseconds since 1970-01-01T00:00:00Z.
    double latitude = 0.0;            //!< Degrees north.
    double longitude = 0.0;           //!< Degrees east.
    float altitudeMetres = kUnknown;  //!< Barometric altitude; NaN when unknown.
    float groundSpeedMps = kUnknown;  //!< Metres per second; NaN when unknown.
    float trackDegrees = kUnknown;    //!< True track over ground, 0..360; NaN when unknown.
    float verticalRateMps = kUnknown; //!< Metres per second, climb positive; NaN when unknown.
    std::uint8_t flags = 0;           //!< TrackPointFlag bits.

    GeoPoint position() const { return { latitude, longitude }; }
    bool hasFlag( TrackPointFlag flag ) const { return ( flags & flag ) != 0; }
};

/** Who the aircraft is, as far as the source says. Empty strings when unknown. */
struct AircraftIdentity
{
    QString icao24;        //!< ICAO 24-bit address, six lower-case hex digits.
    QString registration;  //!< e.g. "RA-86559"; empty when unidentified (never invented).
    QStringList callsigns; //!< Every callsign seen, in order of first appearance.
    QString aircraftType;  //!< ICAO type designator or name, e.g. "IL62".
    QString operatorName;  //!< e.g. "Russia - Air Force"; so far only from an aircraft database.
    bool military = false; //!< Said to be military (so far only by an aircraft database).
    /**
     * The fields an aircraft database filled where the source said nothing ("registration",
     * "aircraftType", "operator", "military"): shown as such, and never written to a project
     * as if the source had said them.
     */
    QStringList fromDatabase;

    /** A label for people: registration, else callsign, else ICAO address, else "IL62 (unidentified)" when
     * the type is known, else "unidentified". */
    QString label() const;

    /** The shortest name that says what flew: registration, else type ("IL62"), else label(). */
    QString shortLabel() const;

    /** What the source said: this without what an aircraft database filled. */
    AircraftIdentity fromSource() const;
};

/** Where a track came from. */
struct TrackSource
{
    QString format;   //!< Importer's format name, e.g. "Flightradar24 CSV".
    QString fileName; //!< File it was read from (name only; no absolute path is kept).
    QString note;     //!< Free text from the file, e.g. "reconstructed from press reports; not ADS-B data".
};

/**
 * One aircraft's positions from one source, in time order.
 *
 * Stored by column (one array per field) rather than one object per point: 33 bytes a
 * point (time 8, latitude and longitude as 1e-7 degree integers 4 + 4, four floats 16,
 * flags 1), against well over 100 for a QVector of heap objects. 1e-7 degrees is about
 * 1 cm, far finer than any ADS-B position.
 *
 * The columns are shared between copies and copied only when a copy changes (copy on
 * write): a save's snapshot, the map's aircraft and an undo command hold copies of a million
 * positions for the price of a pointer. A Track object is used by one thread at a time;
 * copies of it may be read on several.
 */
class Track
{
  public:
    /**
     * The track's identity, stable across save, reopen, re-analysis, merge and copy:
     * contentKey() of what was imported, given once when the track is loaded and kept in
     * the project file from then on. Never a position in a list.
     */
    QString id;
    AircraftIdentity identity;
    TrackSource source;

    /** Number of positions. */
    int size() const { return static_cast<int>( columns().timeMs.size() ); }
    bool isEmpty() const { return columns().timeMs.empty(); }

    void reserve( std::size_t count );

    /** Append a position. Call sortByTime() afterwards if they may come out of order. */
    void append( const TrackPoint &point );

    /** The position at @p index (0 <= index < size()). */
    TrackPoint point( int index ) const;

    std::int64_t timeMs( int index ) const { return columns().timeMs[static_cast<std::size_t>( index )]; }
    GeoPoint position( int index ) const;
    float altitudeMetres( int index ) const { return columns().altitude[static_cast<std::size_t>( index )]; }
    float groundSpeedMps( int index ) const { return columns().speed[static_cast<std::size_t>( index )]; }
    std::uint8_t flags( int index ) const { return columns().flags[static_cast<std::size_t>( index )]; }

    /** All times (UTC ms), for binary search by time. */
    const std::vector<std::int64_t> &times() const { return columns().timeMs; }
    /** Whether @p other shares this track's columns (a copy nobody changed since). */
    bool sharesColumnsWith( const Track &other ) const { return mColumns && mColumns == other.mColumns; }

    /**
     * Sort by time (stable) and drop positions that repeat the previous one exactly
     * (same time and place), as merged feeds often do. Returns how many were dropped.
     */
    int sortByTime();

    /** Release capacity beyond size() (importers reserve by estimate). */
    void squeeze();

    /** Bytes held by the point columns (capacity, not size): what a track costs in memory. */
    std::size_t memoryBytes() const;

    /**
     * A key for what this track holds: "t-" and 32 hex digits of a SHA-256 over the aircraft
     * address and every position's time and place. The same export imported on two machines,
     * or into two projects, gets the same key, so a merge knows one flight from two; the file
     * name is left out (a renamed file is the same data).
     */
    QString contentKey() const;

  private:
    struct Columns
    {
        std::vector<std::int64_t> timeMs;
        std::vector<std::int32_t> latE7;
        std::vector<std::int32_t> lonE7;
        std::vector<float> altitude;
        std::vector<float> speed;
        std::vector<float> track;
        std::vector<float> verticalRate;
        std::vector<std::uint8_t> flags;
    };
    /** The columns to read: shared, or empty ones for a track with none (or moved from). */
    const Columns &columns() const { return mColumns ? *mColumns : noColumns(); }
    static const Columns &noColumns();
    /** The columns to change: this track's own, copied first if another track shares them. */
    Columns &ownColumns();

    std::shared_ptr<Columns> mColumns;
};

/**
 * Give each of @p tracks without an id its content key (Track::contentKey()). A track whose
 * id @p isTaken says is taken, or that an earlier one of @p tracks has, is dropped when
 * @p dropTaken (the same data loaded again), else keeps its data under a suffixed id
 * ("t-...-2"). @p onDropped, when given, hears of each dropped track before it goes.
 * Returns how many were dropped.
 */
int identifyTracks( std::vector<Track> &tracks, const std::function<bool( const QString & )> &isTaken,
                    bool dropTaken, const std::function<void( const Track & )> &onDropped = {} );

} // namespace sortie
