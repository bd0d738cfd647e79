#pragma once

// The columns of a project table's row, as values: one description of what the row of an
// event, a correlation (and its links), a drawing and a source citation holds, written by the project writer
// through GDAL (a file, or a team project being published) and by a team session through libpq (one edit,
// with bound parameters). One place says which column holds what, so the two cannot drift apart.

#include "models/domain/annotation.h"
#include "models/domain/correlation.h"
#include "models/domain/event.h"
#include "models/geo/geopoint.h"

#include <QVariant>

#include <functional>
#include <ogr_core.h>
#include <optional>
#include <vector>

namespace sortie::projectrows
{

struct Value
{
    const char *column; //!< The column's name in the table.
    OGRFieldType type;  //!< Its type as the project tables declare it.
    QVariant value;     //!< QString, int, qint64, double, QDateTime (UTC), QDate; null when the row has none.
};

struct Row
{
    std::vector<Value> values;
    std::optional<GeoPoint> point; //!< The row's point geometry, when its table has one.
};

/** The row of table "events" for @p event, drawn at @p drawnAt (its position, else its airbase's). */
Row eventRow( const Event &event, const std::optional<GeoPoint> &drawnAt );

/**
 * The row of an event's or a correlation's source table: @p ownerColumn ("event_id",
 * "correlation_id") holds @p owner, then the citation's place in its list and the citation.
 */
Row sourceRow( const char *ownerColumn, const QString &owner, int ordinal, const SourceCitation &source );

/** The row of table "correlations" for @p correlation (its links and sources are rows of their own). */
Row correlationRow( const Correlation &correlation );

/**
 * The rows of table "correlation_links" for @p correlation: one per event, then one per flight
 * (its track by Track::id in "track_key", its leg by take-off time). @p trackRow gives the
 * track's row number in the project's "tracks" table, kept for a join in stock QGIS; nullopt
 * when it has none there.
 */
std::vector<Row>
correlationLinkRows( const Correlation &correlation,
                     const std::function<std::optional<qint64>( const QString & )> &trackRow );

/** The row of table "annotations" for @p annotation (its points as a JSON array of [lon, lat]). */
Row annotationRow( const Annotation &annotation );

/** The event's actors as the column stores them: a JSON array of strings. */
QString jsonArray( const QStringList &values );

} // namespace sortie::projectrows
