#pragma once

#include "models/workspace/workspace.h"

#include <QDialog>

class QTableWidget;
class QLabel;

namespace sortie
{

/**
 * What an import brought and every problem it met, as `file`, `line` and `reason`, so
 * that the analyst can open the file at that line. Shown after an import with problems.
 */
class ImportReportDialog : public QDialog
{
    Q_OBJECT

  public:
    explicit ImportReportDialog( const ImportSummary &summary, QWidget *parent = nullptr );

    QTableWidget *problems() const { return mProblems; }
    QString summaryText() const;

    /** One line: "9 files read: 9 tracks, 10 airbases, 16 events; 2 problems". */
    static QString describe( const ImportSummary &summary );

  private:
    QLabel *mSummary = nullptr;
    QTableWidget *mProblems = nullptr;
};

} // namespace sortie
