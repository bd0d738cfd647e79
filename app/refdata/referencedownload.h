#pragma once

#include "models/refdata/referencefolder.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTemporaryFile;

namespace sortie
{

/**
 * Downloads reference data into a ReferenceFolder (issue 14 point 4), one file at a time,
 * with progress and cancel: the airports file is checked to be OurAirports' airports.csv
 * before it replaces the one there; an aircraft database (OpenSky's or ADS-B Exchange's) is
 * converted to Sortie's form (AircraftDatabase::convert(), on a worker thread) and replaces
 * the one there only when that succeeded. A failed or cancelled download leaves the folder as
 * it was. Qt Core and Qt Network only: the command line uses it without a display.
 */
class ReferenceDownload : public QObject
{
    Q_OBJECT

  public:
    enum class Kind
    {
      Airports,
      Aircraft,
    };

    explicit ReferenceDownload( ReferenceFolder folder, QObject *parent = nullptr );
    ~ReferenceDownload() override;

    /**
     * Start downloading @p kind from @p url; finished() follows. False, with
     * startError(), when one is already running or the folder cannot be written.
     */
    bool start( Kind kind, const QUrl &url );
    QString startError() const { return mStartError; }
    bool isRunning() const { return mRunning; }
    /** Stop the running download; finished() follows with "Cancelled.". */
    void cancel();

    /** The largest file accepted (1 GiB, as imports): a bigger one is refused, not filled in. */
    static constexpr qint64 kMaxBytes = qint64( 1 ) << 30;

  signals:
    /** Bytes received and expected (-1: not said); then, for the aircraft database, converting. */
    void progress( qint64 received, qint64 total, const QString &stage );
    /** Done: @p ok, with what was installed or why not. */
    void finished( bool ok, const QString &message );

  private:
    void receive();
    void complete();
    void finish( bool ok, const QString &message );
    void install();

    ReferenceFolder mFolder;
    QNetworkAccessManager *mNetwork = nullptr;
    QPointer<QNetworkReply> mReply;
    std::unique_ptr<QTemporaryFile> mFile;
    Kind mKind = Kind::Airports;
    QUrl mUrl;
    qint64 mReceived = 0;
    bool mRunning = false;
    std::atomic<bool> mCancelled{ false }; // read by the conversion on its worker
    bool mWriteFailed = false;
    QFutureWatcher<QString> *mConversion = nullptr;
    QThreadPool mConversionPool; // its own: never Qt's global pool, which QGIS renders on
    QString mConversionDescription;
    QString mStartError;
};

} // namespace sortie
