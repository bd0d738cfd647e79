#include "app/project/embeddedinspection.h"

#include "models/io/gdalsupport.h"

#include <qgsziputils.h>

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QTemporaryDir>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

namespace sortie::embeddedproject
{

namespace
{
// The archives (hex-encoded .qgz, as QGIS's GeoPackage project storage keeps them) of every
// project in the file's qgis_projects table, by name.
QList<QPair<QString, QByteArray>> storedProjects( const QString &gpkgPath )
{
  QList<QPair<QString, QByteArray>> projects;
  gdalsupport::ensureDriversRegistered();
  const char *const drivers[] = { "GPKG", nullptr };
  GDALDatasetH dataset = GDALOpenEx( gpkgPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                     drivers, nullptr, nullptr );
  if ( !dataset )
    return projects;
  // Not a layer GDAL lists (QGIS does not register it in gpkg_contents): asked by SQL, which
  // fails quietly when the file has no such table.
  CPLPushErrorHandler( CPLQuietErrorHandler );
  OGRLayerH rows =
      GDALDatasetExecuteSQL( dataset, "SELECT name, content FROM qgis_projects", nullptr, nullptr );
  CPLPopErrorHandler();
  while ( OGRFeatureH row = rows ? OGR_L_GetNextFeature( rows ) : nullptr )
  {
    // QGIS declares the column a BLOB and stores hex text in it; OGR hands a BLOB column
    // over as bytes (here: the hex digits), a text one as a string.
    QByteArray hex;
    if ( OGR_Fld_GetType( OGR_F_GetFieldDefnRef( row, 1 ) ) == OFTBinary )
    {
      int size = 0;
      const GByte *bytes = OGR_F_GetFieldAsBinary( row, 1, &size );
      hex = QByteArray( reinterpret_cast<const char *>( bytes ), size );
    }
    else
      hex = QByteArray( OGR_F_GetFieldAsString( row, 1 ) );
    projects.append( { QString::fromUtf8( OGR_F_GetFieldAsString( row, 0 ) ), QByteArray::fromHex( hex ) } );
    OGR_F_Destroy( row );
  }
  if ( rows )
    GDALDatasetReleaseResultSet( dataset, rows );
  GDALClose( dataset );
  return projects;
}

QDomDocument projectXml( const QByteArray &archive )
{
  QDomDocument document;
  QTemporaryDir folder;
  const QString zipPath = folder.filePath( QStringLiteral( "project.qgz" ) );
  QFile zip( zipPath );
  if ( !folder.isValid() || !zip.open( QIODevice::WriteOnly ) || zip.write( archive ) != archive.size() )
    return document;
  zip.close();
  QStringList files;
  if ( !QgsZipUtils::unzip( zipPath, folder.path(), files ) ) // into a folder that exists
    return document;
  for ( const QString &file : std::as_const( files ) )
  {
    QFile qgs( file );
    if ( file.endsWith( QLatin1String( ".qgs" ), Qt::CaseInsensitive ) && qgs.open( QIODevice::ReadOnly ) )
    {
      document.setContent( &qgs );
      break;
    }
  }
  return document;
}

QString pythonCode( const QDomElement &properties, const QString &group )
{
  return properties.firstChildElement( group )
      .firstChildElement( QStringLiteral( "pythonCode" ) )
      .text()
      .trimmed();
}
} // namespace

QStringList ignoredContent( const QString &gpkgPath )
{
  QStringList found;
  for ( const auto &[name, archive] : storedProjects( gpkgPath ) )
  {
    const QDomDocument document = projectXml( archive );
    if ( document.isNull() )
    {
      found << QObject::tr(
                   "The file's QGIS project \"%1\" cannot be read; Sortie ignores it and writes its own "
                   "on the next save" )
                   .arg( name );
      continue;
    }
    const QDomElement root = document.documentElement();
    const QDomElement properties = root.firstChildElement( QStringLiteral( "properties" ) );
    if ( !pythonCode( properties, QStringLiteral( "Macros" ) ).isEmpty() )
      found << QObject::tr( "The file's QGIS project \"%1\" has Python macros: ignored, never run" )
                   .arg( name );
    if ( !pythonCode( properties, QStringLiteral( "ExpressionFunctions" ) ).isEmpty() )
      found << QObject::tr(
                   "The file's QGIS project \"%1\" has Python expression functions: ignored, never run" )
                   .arg( name );
    int actions = 0;
    QStringList sources;
    const QDomNodeList layers = root.elementsByTagName( QStringLiteral( "maplayer" ) );
    for ( int i = 0; i < layers.size(); ++i )
    {
      const QDomElement layer = layers.at( i ).toElement();
      actions += layer.firstChildElement( QStringLiteral( "attributeactions" ) )
                     .elementsByTagName( QStringLiteral( "actionsetting" ) )
                     .size();
      const QString source = layer.firstChildElement( QStringLiteral( "datasource" ) ).text().trimmed();
      // Sortie's own: the project's attachment, and QGIS's built-in world map.
      if ( !source.isEmpty() && !source.startsWith( QLatin1String( "attachment:" ) ) &&
           !source.startsWith( QLatin1String( "inbuilt:" ) ) )
        sources << QStringLiteral( "%1 (%2)" )
                       .arg( layer.firstChildElement( QStringLiteral( "layername" ) ).text(),
                             source.left( 120 ) );
    }
    if ( actions > 0 )
      found << QObject::tr( "The file's QGIS project \"%1\" has %n layer action(s): ignored, never run",
                            nullptr, actions )
                   .arg( name );
    if ( !sources.isEmpty() )
      found << QObject::tr(
                   "The file's QGIS project \"%1\" has layers that read outside the file: %2; Sortie "
                   "opens none of them" )
                   .arg( name, sources.join( QStringLiteral( "; " ) ) );
  }
  return found;
}

} // namespace sortie::embeddedproject
