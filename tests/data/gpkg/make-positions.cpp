// Makes tests/data/gpkg/positions.gpkg: a plain GeoPackage as another tool would write it.
// Build and run: g++ make-positions.cpp -I/usr/include/gdal -lgdal && ./a.out positions.gpkg
#include <cstdio>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
int main( int, char **argv )
{
  GDALAllRegister();
  GDALDatasetH ds = GDALCreate( GDALGetDriverByName( "GPKG" ), argv[1], 0, 0, 0, GDT_Unknown, nullptr );
  OGRSpatialReferenceH srs = OSRNewSpatialReference( nullptr );
  OSRImportFromEPSG( srs, 4326 );
  OGRLayerH pos = GDALDatasetCreateLayer( ds, "positions", srs, wkbPoint, nullptr );
  const char *names[] = { "icao24", "when_utc", "altitude_m" };
  OGRFieldType types[] = { OFTString, OFTDateTime, OFTReal };
  for ( int i = 0; i < 3; i++ )
  {
    OGRFieldDefnH f = OGR_Fld_Create( names[i], types[i] );
    OGR_L_CreateField( pos, f, 1 );
    OGR_Fld_Destroy( f );
  }
  struct R
  {
      const char *icao;
      int min;
      double lat, lon, alt;
      bool time;
  } rows[] = { { "155A6B", 0, 55.59, 37.26, 150, true },   { "155a6b", 10, 55.50, 38.50, 9000, true },
               { "155a6b", 5, 55.55, 37.90, 5000, true },  { "4b1805", 0, 39.22, 125.67, 40, true },
               { "4b1805", 7, 39.40, 126.50, 6000, true }, { "155a6b", 20, 55.40, 40.0, 10000, false },
               { "4b1805", 9, 200.0, 126.9, 7000, true } };
  for ( auto &r : rows )
  {
    OGRFeatureH f = OGR_F_Create( OGR_L_GetLayerDefn( pos ) );
    OGR_F_SetFieldString( f, 0, r.icao );
    if ( r.time )
      OGR_F_SetFieldDateTimeEx( f, 1, 2024, 7, 9, 4, r.min, 0.0f, 100 );
    OGR_F_SetFieldDouble( f, 2, r.alt );
    OGRGeometryH g = OGR_G_CreateGeometry( wkbPoint );
    OGR_G_SetPoint_2D( g, 0, r.lon, r.lat );
    OGR_F_SetGeometryDirectly( f, g );
    OGR_L_CreateFeature( pos, f );
    OGR_F_Destroy( f );
  }
  OGRLayerH fields = GDALDatasetCreateLayer( ds, "fields", srs, wkbPoint, nullptr );
  const char *fn[] = { "ident", "name" };
  for ( int i = 0; i < 2; i++ )
  {
    OGRFieldDefnH f = OGR_Fld_Create( fn[i], OFTString );
    OGR_L_CreateField( fields, f, 1 );
    OGR_Fld_Destroy( f );
  }
  struct A
  {
      const char *id, *name;
      double lat, lon;
  } ab[] = { { "UUWW", "Vnukovo", 55.5915, 37.2615 }, { "ZKPY", "Pyongyang Sunan", 39.2241, 125.67 } };
  for ( auto &a : ab )
  {
    OGRFeatureH f = OGR_F_Create( OGR_L_GetLayerDefn( fields ) );
    OGR_F_SetFieldString( f, 0, a.id );
    OGR_F_SetFieldString( f, 1, a.name );
    OGRGeometryH g = OGR_G_CreateGeometry( wkbPoint );
    OGR_G_SetPoint_2D( g, 0, a.lon, a.lat );
    OGR_F_SetGeometryDirectly( f, g );
    OGR_L_CreateFeature( fields, f );
    OGR_F_Destroy( f );
  }
  GDALDatasetCreateLayer( ds, "roads", srs, wkbLineString, nullptr );
  GDALClose( ds );
}
