#pragma once

#include "app/controllers/workbench.h"
#include "models/refdata/referencefolder.h"
#include "widgets/referencedatadialog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QAction;

namespace sortie
{

class ReferenceDownload;

/**
 * The reference data every project uses (issue 14 point 4): loads the aircraft database of
 * the user's reference folder into the workspace at start and after each update, and owns
 * Edit > Reference Data (ReferenceDataDialog): downloading the airports file and the
 * aircraft database again, with progress and cancel, and adding the airports to the open
 * project.
 */
class ReferenceDataController : public QObject
{
    Q_OBJECT

  public:
    /** @p importFiles: how the window imports files (in the background, with its report). */
    ReferenceDataController( const Workbench &workbench, ReferenceFolder folder,
                             std::function<void( const QStringList & )> importFiles,
                             QObject *parent = nullptr );
    ~ReferenceDataController() override;

    QAction *referenceDataAction() const { return mAction; }
    const ReferenceFolder &folder() const { return mFolder; }

    /**
     * Use the aircraft database in the folder (none: what the sources said only), and give
     * imports its airports file (read when an import first needs it).
     */
    void loadReferenceData();
    /** Download from these addresses instead of the public ones (a mirror; the tests' server). */
    void setUrls( const QString &airportsUrl, const QString &openSkyUrl, const QString &adsbExchangeUrl );

    /** Open the dialog (one at a time). */
    void showDialog();
    ReferenceDataDialog *dialog() const { return mDialog; }
    /** Download both again, one after the other. False when an update is running. */
    bool update( bool adsbExchange = false );
    void cancel();
    bool isUpdating() const;

  signals:
    /** An update ended: @p ok when every file was installed. */
    void updateFinished( bool ok );

  private:
    void startNext();
    void showStatus();

    Workbench mWorkbench;
    ReferenceFolder mFolder;
    std::function<void( const QStringList & )> mImportFiles;
    QAction *mAction = nullptr;
    QPointer<ReferenceDataDialog> mDialog;
    ReferenceDownload *mDownload = nullptr; // child
    QString mAirportsUrl;
    QString mOpenSkyUrl;
    QString mAdsbExchangeUrl;
    QVector<QPair<int, QUrl>> mQueue; // (ReferenceDownload::Kind, address) still to fetch
    bool mAllOk = true;
};

} // namespace sortie
