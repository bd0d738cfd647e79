#pragma once

// Thin helpers over GDAL's OGR C API for the project file: tables with named fields,
// features set and read with Qt types. Internal to models/project.

#include "models/geo/geopoint.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVector>

#include <gdal.h>
#include <initializer_list>
#include <ogr_api.h>
#include <optional>
#include <vector>

namespace sortie::ogr
{

/** GDAL's errors collected instead of printed, for the scope's lifetime. */
class QuietErrors
{
  public:
    QuietErrors();
    ~QuietErrors();
    QuietErrors( const QuietErrors & ) = delete;
    QuietErrors &operator=( const QuietErrors & ) = delete;
};

/** "@p what: GDAL's last error message", or @p what alone when GDAL said nothing. */
QString lastError( const QString &what );

struct Field
{
    const char *name;
    OGRFieldType type;
};

/** A new table (layer) with its fields, in a dataset being written. */
class Table
{
  public:
    Table( GDALDatasetH dataset, const char *name, OGRwkbGeometryType geometry, OGRSpatialReferenceH srs,
           const std::vector<Field> &fields, bool spatialIndex = true );
    bool ok() const { return mLayer != nullptr; }
    OGRLayerH layer() const { return mLayer; }

  private:
    OGRLayerH mLayer = nullptr;
};

/** A feature to insert into a Table; fields by index, in the Table's order. */
class Feature
{
  public:
    explicit Feature( const Table &table );
    ~Feature();
    Feature( const Feature & ) = delete;
    Feature &operator=( const Feature & ) = delete;

    void set( int field, const QString &value );
    void set( int field, int value );
    void set( int field, qint64 value );
    void set( int field, double value );
    void set( int field, float value ); //!< NaN: null.
    void set( int field, const std::optional<double> &value );
    void set( int field, const QDateTime &value ); //!< Invalid: null. Stored in UTC.
    void set( int field, const QDate &value );     //!< Null date: null.
    void setMs( int field, qint64 utcMs );
    /** By the value's type (QString, int, double, QDateTime, QDate); a null QVariant: null. */
    void set( int field, const QVariant &value );
    void setPoint( const GeoPoint &point );
    void setLine( const QVector<GeoPoint> &points );
    void setMultiLine( const QVector<QVector<GeoPoint>> &lines ); //!< No lines: no geometry.
    bool insert();

  private:
    OGRLayerH mLayer;
    OGRFeatureH mFeature;
};

/** An existing feature being read, fields by name (looked up once per layer by FieldIndex). */
class FieldIndex
{
  public:
    FieldIndex( OGRLayerH layer, std::initializer_list<const char *> names );
    /** Index of the i-th name given, -1 when the table lacks it. */
    int operator[]( int i ) const { return mIndices.at( i ); }
    /** The first name missing from the table, or empty. */
    QString missing() const { return mMissing; }

  private:
    QVector<int> mIndices;
    QString mMissing;
};

QString readString( OGRFeatureH feature, int field );
std::optional<qint64> readInt( OGRFeatureH feature, int field );
std::optional<double> readDouble( OGRFeatureH feature, int field );
/** Milliseconds since the epoch, UTC; nullopt when null or unreadable. */
std::optional<qint64> readMs( OGRFeatureH feature, int field );
QDate readDate( OGRFeatureH feature, int field );
std::optional<GeoPoint> readPoint( OGRFeatureH feature );

} // namespace sortie::ogr
