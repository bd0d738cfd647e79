#pragma once

#include <QColor>
#include <QString>

class QgsMapLayer;
class QgsProject;
class QgsVectorLayer;

namespace sortie::basemap
{

/** Colours of the quiet basemap: tracks, events and annotations must stand out on it. */
struct Palette
{
    QColor sea{ 0xd6, 0xe2, 0xea };     //!< Canvas background.
    QColor land{ 0xee, 0xeb, 0xe4 };    //!< Country fill.
    QColor borders{ 0xb4, 0xad, 0xa2 }; //!< Country outlines.
    double borderWidthMm = 0.15;        //!< Thin: borders are context, not content.
};

/** The default palette. */
Palette defaultPalette();

/**
 * The offline basemap: the `countries` layer of @p geoPackagePath (QGIS's world_map.gpkg,
 * Natural Earth), styled with @p palette. The caller owns the layer. Returns nullptr and
 * fills @p error when the file or layer cannot be opened.
 */
QgsVectorLayer *createCountriesLayer( const QString &geoPackagePath, const Palette &palette, QString *error );

/** The layer createCountriesLayer() made, in @p project; nullptr when it holds none. */
QgsMapLayer *countriesLayerIn( const QgsProject &project );

} // namespace sortie::basemap
