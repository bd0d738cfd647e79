#pragma once

#include "models/geo/geopoint.h"
#include "models/time/timerange.h"

#include <QString>
#include <QVector>

#include <optional>

namespace sortie
{

/**
 * Something the analyst drew on the map: a text callout or a marker at a point, an arrow
 * from one point to another, or an area. It can be shown only while the timeline's
 * current time is inside its window, and can belong to a correlation.
 */
struct Annotation
{
    enum class Kind
    {
      Callout, //!< Text at a point.
      Marker,  //!< A symbol at a point, with optional text.
      Arrow,   //!< From the first point to the last.
      Area,    //!< A polygon through the points.
    };

    QString id;
    Kind kind = Kind::Callout;
    QVector<GeoPoint> points; //!< WGS84; one for a callout or marker, two or more otherwise.
    QString text;
    std::optional<TimeRange> window; //!< Shown only while the current time is inside; none: always.
    QString correlationId;           //!< The correlation it illustrates, or empty.

    /** Whether it is shown at @p timeMs. */
    bool isShownAt( std::int64_t timeMs ) const { return !window || window->contains( timeMs ); }

    bool operator==( const Annotation &other ) const
    {
      return id == other.id && kind == other.kind && points == other.points && text == other.text &&
             window == other.window && correlationId == other.correlationId;
    }
    bool operator!=( const Annotation &other ) const { return !( *this == other ); }
};

/** File spelling: "callout", "marker", "arrow", "area". */
QString annotationKindName( Annotation::Kind kind );
/** For people, in the interface's language: "callout", "설명선", "выноска". */
QString annotationKindText( Annotation::Kind kind );
std::optional<Annotation::Kind> annotationKindFromName( const QString &name );

} // namespace sortie
