#pragma once

#include "models/domain/event.h"
#include "models/geo/geopoint.h"

#include <QString>
#include <QVector>

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

/** An airfield (or, for events, any named site with an ICAO-like code). */
struct Airbase
{
    QString icao; //!< e.g. "ZKPY"; may be empty for fields without one.
    QString iata; //!< e.g. "FNJ"; often empty.
    QString name;
    GeoPoint position;
    std::optional<double> elevationMetres;
    AirbaseUse use = AirbaseUse::Unknown;
    QString country; //!< ISO 3166-1 alpha-2 where known, e.g. "KP".

    /** ICAO code, else IATA code, else name: how it is referred to in text. */
    QString code() const;
};

/** Airbases with a nearest-neighbour lookup, for naming where legs start and end. */
class AirbaseIndex
{
  public:
    AirbaseIndex() = default;
    explicit AirbaseIndex( QVector<Airbase> airbases );

    const QVector<Airbase> &airbases() const { return mAirbases; }
    bool isEmpty() const { return mAirbases.isEmpty(); }

    /**
     * Index of the airbase nearest to @p point within @p radiusMetres, or -1. A linear
     * scan: a few thousand airfields and two look-ups per leg cost microseconds.
     */
    int nearest( const GeoPoint &point, double radiusMetres, double *distanceMetres = nullptr ) const;

    /** Index of the airbase with ICAO code @p icao, or -1. */
    int findByIcao( const QString &icao ) const;

    /**
     * Where @p place is: its own position, else its airbase's (when that airbase is known
     * here); none when neither. What the map, the project file and the exports draw.
     */
    std::optional<GeoPoint> placePosition( const EventPlace &place ) const;

  private:
    QVector<Airbase> mAirbases;
};

} // namespace sortie
