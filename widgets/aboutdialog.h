#pragma once

#include "models/core/componentversions.h"

#include <QDialog>

class QTableWidget;
class QLabel;

namespace sortie
{

/**
 * Help > About: what Sortie is, its version, the versions of the libraries it runs
 * on (given by the caller, who alone knows QGIS's), and data attributions.
 * Plain Qt Widgets: the app passes in everything QGIS-specific.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT

  public:
    /**
     * @param components libraries and their run-time versions, in display order.
     * @param attributions one line per bundled data set (e.g. the basemap's source).
     */
    AboutDialog( const QList<ComponentVersion> &components, const QStringList &attributions,
                 QWidget *parent = nullptr );

    /** The components table (for tests and for copying into a bug report). */
    QTableWidget *componentTable() const { return mComponents; }

    /** Components and versions as plain text, one "name version" per line. */
    QString componentsAsText() const;

  private:
    QTableWidget *mComponents = nullptr;
    QList<ComponentVersion> mComponentList;
};

} // namespace sortie
