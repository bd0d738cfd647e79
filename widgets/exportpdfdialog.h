#pragma once

#include "models/time/timerange.h"

#include <QDialog>
#include <QImage>
#include <QVector>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace sortie
{

/** What File > Export PDF writes: the briefing's options as the analyst set them. */
struct ExportPdfSettings
{
    QString title;
    QString subtitle; //!< Empty: the window in UTC.
    TimeRange window;
    bool a3 = false;
    bool portrait = false;
    std::optional<std::int64_t> aircraftAt; //!< UTC ms; none: no aircraft drawn.
    bool graticule = false;
    bool perCorrelation = false;
    QStringList correlationIds; //!< The pages per correlation, when perCorrelation.
    QString path;               //!< The PDF to write.
};

/**
 * File > Export PDF: paper, orientation, title and subtitle, the time window (UTC), the
 * aircraft's time, a graticule, the pages per correlation and where to write, with a
 * preview of every page. The dialog only asks: it emits previewRequested() when a setting
 * changes (after a short pause) and the caller lays the pages out and shows them with
 * setPreview(); writing the file is the caller's too, after accept().
 */
class ExportPdfDialog : public QDialog
{
    Q_OBJECT

  public:
    /** A correlation to offer a page for: its id and how the list names it. */
    struct CorrelationChoice
    {
        QString id;
        QString label;
        bool checked = true;
    };

    ExportPdfDialog( const ExportPdfSettings &initial, const QVector<CorrelationChoice> &correlations,
                     QWidget *parent = nullptr );

    /** The settings as entered; empty when they cannot be read, with @p error saying why. */
    std::optional<ExportPdfSettings> settings( QString *error = nullptr ) const;

    /** Show @p pages (drawn small) as the preview, or @p message instead when there are none. */
    void setPreview( const QVector<QImage> &pages, const QString &message = QString() );
    int previewPageCount() const { return static_cast<int>( mPages.size() ); }
    int previewPage() const { return mPage; }
    /** Ask for a new preview now rather than after the pause. */
    void requestPreview();

    QLineEdit *titleEdit() const { return mTitle; }
    QLineEdit *fromEdit() const { return mFrom; }
    QLineEdit *toEdit() const { return mTo; }
    QLineEdit *pathEdit() const { return mPath; }
    QComboBox *paperCombo() const { return mPaper; }
    QComboBox *orientationCombo() const { return mOrientation; }
    QCheckBox *perCorrelationCheck() const { return mPerCorrelation; }
    QListWidget *correlationList() const { return mCorrelations; }
    QLabel *previewLabel() const { return mPreview; }
    QPushButton *exportButton() const { return mExport; }

    void accept() override;

  signals:
    /** The settings changed: lay the pages out again and call setPreview(). */
    void previewRequested();

  private:
    void settingsEdited();
    void showPage( int page );
    void chooseFile();

    QLineEdit *mTitle = nullptr;
    QLineEdit *mSubtitle = nullptr;
    QLineEdit *mFrom = nullptr;
    QLineEdit *mTo = nullptr;
    QComboBox *mPaper = nullptr;
    QComboBox *mOrientation = nullptr;
    QCheckBox *mAircraft = nullptr;
    QLineEdit *mAircraftAt = nullptr;
    QCheckBox *mGraticule = nullptr;
    QCheckBox *mPerCorrelation = nullptr;
    QListWidget *mCorrelations = nullptr;
    QLineEdit *mPath = nullptr;
    QLabel *mPreview = nullptr;
    QLabel *mPageLabel = nullptr;
    QPushButton *mPrevious = nullptr;
    QPushButton *mNext = nullptr;
    QLabel *mError = nullptr;
    QPushButton *mExport = nullptr;
    QTimer *mPause = nullptr;
    QVector<QImage> mPages;
    int mPage = 0;
};

} // namespace sortie
