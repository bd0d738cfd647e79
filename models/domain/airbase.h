#pragma once

#include "models/domain/event.h"
#include "models/geo/geopoint.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace sortie
{

/** Who uses an airfield. */
enum class AirbaseUse
{
  Unknown,
  Civil,
  Military,
  Joint, //!< Shared civil and military use.
};

/** "civil", "military", "joint" or "unknown": the spelling used in files. */
QString airbaseUseName( AirbaseUse use );
/** Inverse of airbaseUseName(), case-insensitive; nullopt for anything else. */
std::optional<AirbaseUse> airbaseUseFromName( const QString &name );

/**
 * What kind of field it is, as OurAirports classes them. Decides how the map draws it (by
 * kind and scale) and how strongly a leg end or an approach is attributed to it.
 */
enum class AirbaseKind
{
  Unknown, //!< Not said (an analyst's own airbase list): drawn at every scale.
  Large,
  Medium,
  Small,
  Heliport,
  Seaplane,
  Balloonport,
  Closed, //!< Kept for reference, hidden on the map and never a leg's end.
};

/** "large_airport", "medium_airport", ... "closed" or "unknown": OurAirports' spelling. */
QString airbaseKindName( AirbaseKind kind );
/** Inverse of airbaseKindName(), case-insensitive; nullopt for anything else. */
std::optional<AirbaseKind> airbaseKindFromName( const QString &name );

/** An airfield (or, for events, any named site with an ICAO-like code). */
struct Airbase
{
    QString icao; //!< e.g. "ZKPY"; may be empty for fields without one.
    QString iata; //!< e.g. "FNJ"; often empty.
    QString name;
    GeoPoint position;
    std::optional<double> elevationMetres;
    AirbaseUse use = AirbaseUse::Unknown;
    AirbaseKind kind = AirbaseKind::Unknown;
    QString country; //!< ISO 3166-1 alpha-2 where known, e.g. "KP".

    /** ICAO code, else IATA code, else name: how it is referred to in text. */
    QString code() const;
};

/**
 * Airbases with a spatial index and a code index, for naming where legs start and end.
 * Copies share the (immutable) indexes: building them for the worldwide OurAirports file
 * (about 85,000 fields) costs tens of milliseconds, a look-up microseconds.
 */
class AirbaseIndex
{
  public:
    AirbaseIndex();
    explicit AirbaseIndex( QVector<Airbase> airbases );

    const QVector<Airbase> &airbases() const { return mAirbases; }
    bool isEmpty() const { return mAirbases.isEmpty(); }

    /**
     * Index of the airbase that best accounts for an aircraft at @p point, within
     * @p radiusMetres, or -1; @p distanceMetres gets its distance. Closed fields never
     * qualify. The distance is weighed by kind (airbaseKindWeight()): a large airport 10 km
     * away beats a private strip at 2 km, since an airliner's last fix on approach is often
     * nearer some small field than its runway.
     */
    int nearest( const GeoPoint &point, double radiusMetres, double *distanceMetres = nullptr ) const;

    /**
     * Index of the largest field within @p radiusMetres of @p point (by kind: large airports
     * and fields of unknown kind first, then medium, small, ...; the nearest among equals),
     * or -1. For a landing inferred from an approach tens of kilometres out, where the
     * aircraft passed over many small strips on its way to the airport it was making for.
     */
    int largestNear( const GeoPoint &point, double radiusMetres, double *distanceMetres = nullptr ) const;

    /** Index of the nearest airbase of any kind (closed ones too) within @p radiusMetres, or -1. */
    int nearestAny( const GeoPoint &point, double radiusMetres, double *distanceMetres = nullptr ) const;

    /** Index of the airbase with ICAO code @p icao (any case), or -1. */
    int findByIcao( const QString &icao ) const;

    /**
     * Where @p place is: its own position, else its airbase's (when that airbase is known
     * here); none when neither. What the map, the project file and the exports draw.
     */
    std::optional<GeoPoint> placePosition( const EventPlace &place ) const;

  private:
    struct Lookup;
    // The airbase within the radius with the lowest score(kind, distance); negative: never.
    template <typename Score>
    int best( const GeoPoint &point, double radiusMetres, double *distanceMetres, Score score ) const;

    QVector<Airbase> mAirbases;
    std::shared_ptr<const Lookup> mLookup;
};

/**
 * How much a kind's distance counts in AirbaseIndex::nearest(): 1 for large airports and
 * for fields of unknown kind, more for smaller fields; 0 (never) for closed ones.
 */
double airbaseKindWeight( AirbaseKind kind );

} // namespace sortie
