#include "models/project/sqliteschema.h"

#include <QRegularExpression>

#include <ogr_api.h>

namespace sortie::sqliteschema
{

namespace
{
// Rows of a query on sqlite_master (the GeoPackage driver runs SQLite's own SQL), as
// (type, name) pairs.
QList<QPair<QString, QString>> schemaRows( GDALDatasetH dataset, const char *sql )
{
  QList<QPair<QString, QString>> rows;
  OGRLayerH result = GDALDatasetExecuteSQL( dataset, sql, nullptr, nullptr );
  if ( !result )
    return rows;
  while ( OGRFeatureH row = OGR_L_GetNextFeature( result ) )
  {
    rows.append( { QString::fromUtf8( OGR_F_GetFieldAsString( row, 0 ) ),
                   QString::fromUtf8( OGR_F_GetFieldAsString( row, 1 ) ) } );
    OGR_F_Destroy( row );
  }
  GDALDatasetReleaseResultSet( dataset, result );
  return rows;
}
} // namespace

ForeignObjects foreignObjects( GDALDatasetH dataset )
{
  // The triggers GDAL and the GeoPackage standard make: R*Tree spatial index maintenance,
  // GDAL's feature counts, the tile and metadata extensions. Their names only: a hostile
  // trigger can take such a name, which matters little, since no trigger of a file ever runs
  // in Sortie (sqliteschema.h) and a save leaves them all behind.
  static const QRegularExpression standard( QStringLiteral(
      "^(rtree_.+_(insert|update[1-7]?|delete)|trigger_(insert|delete)_feature_count_.+|gpkg_.+|"
      ".+_(zoom|tile_column|tile_row)_(insert|update))$" ) );
  ForeignObjects found;
  for ( const auto &[type, name] :
        schemaRows( dataset,
                    "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name" ) )
  {
    if ( type == QLatin1String( "view" ) )
      found.views.append( name );
    else if ( !standard.match( name ).hasMatch() )
      found.triggers.append( name );
  }
  return found;
}

bool isTable( GDALDatasetH dataset, const char *table )
{
  // Sortie's table names are its own constants (projecttables.h): no quoting needed.
  const QByteArray sql = QByteArray( "SELECT type, name FROM sqlite_master WHERE name = '" ) + table + "'";
  const auto rows = schemaRows( dataset, sql.constData() );
  return !rows.isEmpty() && rows.first().first == QLatin1String( "table" );
}

} // namespace sortie::sqliteschema
