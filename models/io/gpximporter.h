#pragma once

#include "models/io/importer.h"

namespace sortie
{

/**
 * GPX tracks with times, read through GDAL's GPX driver (layers `tracks` and
 * `track_points`): one Sortie track per `<trk>`, its `<name>` taken as the callsign and
 * its `<desc>` as the note and its `<type>` as the aircraft type; elevations in metres. GDAL reports no line
 * per point, so a bad point is named by track and point number.
 */
class GpxImporter : public Importer
{
  public:
    QString formatName() const override { return QStringLiteral( "GPX" ); }
    QStringList suffixes() const override { return { QStringLiteral( "gpx" ) }; }
    int sniff( const QByteArray &head ) const override;
    ImportResult read( const ImportSource &source ) const override;
};

} // namespace sortie
