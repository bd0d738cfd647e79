#pragma once

#include <QString>
#include <QStringList>

namespace sortie
{
class Workspace;

/**
 * Sharing out: files other tools read, written atomically (QSaveFile). Each returns empty
 * on success, else what went wrong for a person. Formats in docs/formats.md, "Export".
 */
namespace exporters
{

/**
 * KML that Google Earth plays with its time slider: each track a `gx:Track` (every
 * `when` before the coordinates), each located event a placemark with its TimeStamp or
 * TimeSpan. Written by hand (QXmlStreamWriter): GDAL's KML drivers write no gx:Track.
 */
QString writeKml( const Workspace &workspace, const QString &path );

/** GeoJSON: each track an OGC MF-JSON trajectory (a LineString with `datetimes`). */
QString writeMfJson( const Workspace &workspace, const QString &path );

/** The events as Sortie events CSV (docs/formats.md), which Sortie and spreadsheets read back. */
QString writeEventsCsv( const Workspace &workspace, const QString &path );

/** The suffixes export() knows: "kml", "geojson", "csv". */
QStringList suffixes();

/** Choose the writer by @p path's suffix. */
QString exportTo( const Workspace &workspace, const QString &path );

} // namespace exporters
} // namespace sortie
