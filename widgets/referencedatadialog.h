#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace sortie
{

/**
 * Edit > Reference Data: what the reference data folder holds (the airports file and the
 * aircraft database, each with its source and date), and downloading them again with
 * progress and cancel. A view: the window's controller does the downloads.
 */
class ReferenceDataDialog : public QDialog
{
    Q_OBJECT

  public:
    explicit ReferenceDataDialog( QWidget *parent = nullptr );

    /** What is there now, one line each ("none yet" when empty). */
    void setStatus( const QString &airports, const QString &aircraft );
    /** While downloading: Update disabled, Cancel enabled, the progress shown. */
    void setRunning( bool running );
    /** @p received of @p total bytes (-1: not said) at @p stage ("Downloading ..."). */
    void setProgress( qint64 received, qint64 total, const QString &stage );
    /** The last outcome, or a problem. */
    void showMessage( const QString &message );
    /** Whether ADS-B Exchange's database was chosen rather than OpenSky's. */
    bool adsbExchangeChosen() const;

    QPushButton *updateButton() const { return mUpdate; }
    QPushButton *cancelButton() const { return mCancel; }
    QPushButton *importAirportsButton() const { return mImportAirports; }
    QLabel *messageLabel() const { return mMessage; }

  signals:
    void updateRequested();
    void cancelRequested();
    /** Add the downloaded airports to the open project (they name its legs' ends). */
    void importAirportsRequested();

  private:
    QLabel *mAirports = nullptr;
    QLabel *mAircraft = nullptr;
    QComboBox *mAircraftSource = nullptr;
    QProgressBar *mProgress = nullptr;
    QLabel *mStage = nullptr;
    QLabel *mMessage = nullptr;
    QPushButton *mUpdate = nullptr;
    QPushButton *mCancel = nullptr;
    QPushButton *mImportAirports = nullptr;
};

} // namespace sortie
