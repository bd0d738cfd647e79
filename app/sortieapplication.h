#pragma once

#include <qgsapplication.h>

namespace sortie
{

/**
 * The one QgsApplication of a Sortie process (never a QApplication beside it).
 *
 * Does QGIS start-up in the order QGIS needs: identity (organisation and application
 * names, which decide where settings go), a profile folder of Sortie's own, the QGIS
 * prefix path (so that every data provider loads), initQgis(), and forwarding of
 * QgsMessageLog to Sortie's log. The destructor calls exitQgis().
 */
class SortieApplication : public QgsApplication
{
    Q_OBJECT

  public:
    /** Set organisation and application names. Call before constructing any Qt application. */
    static void setIdentity();

    /**
     * The QGIS installation prefix: $QGIS_PREFIX_PATH when set, else the prefix the build
     * found QGIS under.
     */
    static QString qgisPrefixPath();

    /** Sortie's QGIS profile folder (QGIS databases, caches), under the user's data folder. */
    static QString profileFolder();

    SortieApplication( int &argc, char **argv );
    ~SortieApplication() override;

    SortieApplication( const SortieApplication & ) = delete;
    SortieApplication &operator=( const SortieApplication & ) = delete;

    /** Path to QGIS's bundled world map GeoPackage (Natural Earth countries). */
    static QString basemapPath();
};

} // namespace sortie
