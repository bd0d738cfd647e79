#include "models/project/ogrsupport.h"

#include <QTimeZone>

#include <cmath>
#include <cpl_error.h>

namespace sortie::ogr
{

QuietErrors::QuietErrors()
{
  CPLPushErrorHandler( CPLQuietErrorHandler );
}

QuietErrors::~QuietErrors()
{
  CPLPopErrorHandler();
}

QString lastError( const QString &what )
{
  const QString message = QString::fromUtf8( CPLGetLastErrorMsg() ).trimmed();
  return message.isEmpty() ? what : QStringLiteral( "%1: %2" ).arg( what, message );
}

Table::Table( GDALDatasetH dataset, const char *name, OGRwkbGeometryType geometry, OGRSpatialReferenceH srs,
              const std::vector<Field> &fields, bool spatialIndex )
{
  const char *options[] = { "FID=fid",
                            geometry == wkbNone ? "ASPATIAL_VARIANT=GPKG_ATTRIBUTES"
                            : spatialIndex      ? "SPATIAL_INDEX=YES"
                                                : "SPATIAL_INDEX=NO",
                            nullptr };
  mLayer = GDALDatasetCreateLayer( dataset, name, srs, geometry, const_cast<char **>( options ) );
  if ( !mLayer )
    return;
  for ( const Field &field : fields )
  {
    OGRFieldDefnH definition = OGR_Fld_Create( field.name, field.type );
    const OGRErr error = OGR_L_CreateField( mLayer, definition, TRUE );
    OGR_Fld_Destroy( definition );
    if ( error != OGRERR_NONE )
    {
      mLayer = nullptr;
      return;
    }
  }
}

Feature::Feature( const Table &table )
  : mLayer( table.layer() )
  , mFeature( OGR_F_Create( OGR_L_GetLayerDefn( table.layer() ) ) )
{
}

Feature::~Feature()
{
  OGR_F_Destroy( mFeature );
}

void Feature::set( int field, const QString &value )
{
  OGR_F_SetFieldString( mFeature, field, value.toUtf8().constData() );
}

void Feature::set( int field, int value )
{
  OGR_F_SetFieldInteger( mFeature, field, value );
}

void Feature::set( int field, qint64 value )
{
  OGR_F_SetFieldInteger64( mFeature, field, value );
}

void Feature::set( int field, double value )
{
  if ( std::isfinite( value ) )
    OGR_F_SetFieldDouble( mFeature, field, value );
  else
    OGR_F_SetFieldNull( mFeature, field );
}

void Feature::set( int field, float value )
{
  // Through double: every float is exactly a double, and reads back as the same float.
  set( field, static_cast<double>( value ) );
}

void Feature::set( int field, const std::optional<double> &value )
{
  if ( value )
    set( field, *value );
  else
    OGR_F_SetFieldNull( mFeature, field );
}

void Feature::set( int field, const QDateTime &value )
{
  if ( !value.isValid() )
  {
    OGR_F_SetFieldNull( mFeature, field );
    return;
  }
  setMs( field, value.toMSecsSinceEpoch() );
}

void Feature::set( int field, const QDate &value )
{
  if ( !value.isValid() )
  {
    OGR_F_SetFieldNull( mFeature, field );
    return;
  }
  OGR_F_SetFieldDateTimeEx( mFeature, field, value.year(), value.month(), value.day(), 0, 0, 0.0f, 0 );
}

void Feature::set( int field, const QVariant &value )
{
  switch ( value.userType() )
  {
  case QMetaType::QString:
    set( field, value.toString() );
    break;
  case QMetaType::Int:
    set( field, value.toInt() );
    break;
  case QMetaType::LongLong:
    set( field, value.toLongLong() );
    break;
  case QMetaType::Double:
    set( field, value.toDouble() );
    break;
  case QMetaType::QDateTime:
    set( field, value.toDateTime() );
    break;
  case QMetaType::QDate:
    set( field, value.toDate() );
    break;
  default:
    OGR_F_SetFieldNull( mFeature, field );
  }
}

void Feature::setMs( int field, qint64 utcMs )
{
  const QDateTime utc = QDateTime::fromMSecsSinceEpoch( utcMs, QTimeZone::utc() );
  const QDate date = utc.date();
  const QTime time = utc.time();
  // 100: UTC in GDAL's time zone flag; written "...Z".
  OGR_F_SetFieldDateTimeEx( mFeature, field, date.year(), date.month(), date.day(), time.hour(),
                            time.minute(), static_cast<float>( time.second() + time.msec() / 1000.0 ), 100 );
}

void Feature::setPoint( const GeoPoint &point )
{
  OGRGeometryH geometry = OGR_G_CreateGeometry( wkbPoint );
  OGR_G_SetPoint_2D( geometry, 0, point.longitude, point.latitude );
  OGR_F_SetGeometryDirectly( mFeature, geometry );
}

void Feature::setLine( const QVector<GeoPoint> &points )
{
  OGRGeometryH geometry = OGR_G_CreateGeometry( wkbLineString );
  OGR_G_SetPointCount( geometry, points.size() );
  for ( int i = 0; i < points.size(); ++i )
    OGR_G_SetPoint_2D( geometry, i, points.at( i ).longitude, points.at( i ).latitude );
  OGR_F_SetGeometryDirectly( mFeature, geometry );
}

void Feature::setMultiLine( const QVector<QVector<GeoPoint>> &lines )
{
  if ( lines.isEmpty() )
    return;
  OGRGeometryH geometry = OGR_G_CreateGeometry( wkbMultiLineString );
  for ( const QVector<GeoPoint> &points : lines )
  {
    OGRGeometryH line = OGR_G_CreateGeometry( wkbLineString );
    OGR_G_SetPointCount( line, points.size() );
    for ( int i = 0; i < points.size(); ++i )
      OGR_G_SetPoint_2D( line, i, points.at( i ).longitude, points.at( i ).latitude );
    OGR_G_AddGeometryDirectly( geometry, line );
  }
  OGR_F_SetGeometryDirectly( mFeature, geometry );
}

bool Feature::insert()
{
  return OGR_L_CreateFeature( mLayer, mFeature ) == OGRERR_NONE;
}

FieldIndex::FieldIndex( OGRLayerH layer, std::initializer_list<const char *> names )
{
  OGRFeatureDefnH definition = layer ? OGR_L_GetLayerDefn( layer ) : nullptr;
  for ( const char *name : names )
  {
    const int index = definition ? OGR_FD_GetFieldIndex( definition, name ) : -1;
    if ( index < 0 && mMissing.isEmpty() )
      mMissing = QString::fromLatin1( name );
    mIndices.append( index );
  }
}

QString readString( OGRFeatureH feature, int field )
{
  if ( field < 0 || !OGR_F_IsFieldSetAndNotNull( feature, field ) )
    return QString();
  return QString::fromUtf8( OGR_F_GetFieldAsString( feature, field ) );
}

std::optional<qint64> readInt( OGRFeatureH feature, int field )
{
  if ( field < 0 || !OGR_F_IsFieldSetAndNotNull( feature, field ) )
    return std::nullopt;
  return OGR_F_GetFieldAsInteger64( feature, field );
}

std::optional<double> readDouble( OGRFeatureH feature, int field )
{
  if ( field < 0 || !OGR_F_IsFieldSetAndNotNull( feature, field ) )
    return std::nullopt;
  return OGR_F_GetFieldAsDouble( feature, field );
}

std::optional<qint64> readMs( OGRFeatureH feature, int field )
{
  if ( field < 0 || !OGR_F_IsFieldSetAndNotNull( feature, field ) )
    return std::nullopt;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
  float second = 0;
  if ( !OGR_F_GetFieldAsDateTimeEx( feature, field, &year, &month, &day, &hour, &minute, &second, &zone ) )
    return std::nullopt;
  const QDate date( year, month, day );
  if ( !date.isValid() )
    return std::nullopt;
  const qint64 msOfDay = ( hour * 3600LL + minute * 60LL ) * 1000 + std::llround( second * 1000.0 );
  qint64 ms = QDateTime( date, QTime( 0, 0 ), QTimeZone::utc() ).toMSecsSinceEpoch() + msOfDay;
  if ( zone > 100 || ( zone > 1 && zone < 100 ) )
    ms -= ( zone - 100 ) * 15LL * 60 * 1000; // an explicit offset (GDAL: quarter hours from 100)
  return ms;
}

QDate readDate( OGRFeatureH feature, int field )
{
  if ( field < 0 || !OGR_F_IsFieldSetAndNotNull( feature, field ) )
    return QDate();
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
  float second = 0;
  if ( !OGR_F_GetFieldAsDateTimeEx( feature, field, &year, &month, &day, &hour, &minute, &second, &zone ) )
    return QDate();
  return QDate( year, month, day );
}

std::optional<GeoPoint> readPoint( OGRFeatureH feature )
{
  OGRGeometryH geometry = OGR_F_GetGeometryRef( feature );
  if ( !geometry || OGR_G_IsEmpty( geometry ) || wkbFlatten( OGR_G_GetGeometryType( geometry ) ) != wkbPoint )
    return std::nullopt;
  return GeoPoint{ OGR_G_GetY( geometry, 0 ), OGR_G_GetX( geometry, 0 ) };
}

} // namespace sortie::ogr
