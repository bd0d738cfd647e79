#pragma once

#include "models/domain/event.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace sortie
{
class SourcesEditor;
}

namespace sortie
{

/**
 * Add or edit an event: title, start and optional end in the form that says their
 * precision ("2023-08", "2023-07-25", "2024-07-09 04:10" in UTC), kind, place (name,
 * optional airbase code or position), actors, description, and its sources with what each
 * is cited for. OK stays disabled, with the reason shown, until the event can stand.
 */
class EventDialog : public QDialog
{
    Q_OBJECT

  public:
    explicit EventDialog( const Event &event, QWidget *parent = nullptr );

    /** The event as edited (its id kept). Valid when the dialog accepts. */
    Event event() const;
    /** Why the event cannot be saved yet, or empty. */
    QString problem() const;

    QLineEdit *titleEdit() const { return mTitle; }
    QLineEdit *startEdit() const { return mStart; }
    QLineEdit *endEdit() const { return mEnd; }
    QComboBox *kindCombo() const { return mKind; }
    QTableWidget *sourcesTable() const;

  private:
    void validate();

    QString mId;
    QLineEdit *mTitle = nullptr;
    QLineEdit *mStart = nullptr;
    QLineEdit *mEnd = nullptr;
    QComboBox *mKind = nullptr;
    QLineEdit *mPlace = nullptr;
    QLineEdit *mAirbase = nullptr;
    QLineEdit *mPosition = nullptr;
    QLineEdit *mActors = nullptr;
    QPlainTextEdit *mDescription = nullptr;
    SourcesEditor *mSources = nullptr;
    QLabel *mProblem = nullptr;
    QPushButton *mOk = nullptr;
};

/** An event's date written back in the form that carries its precision. */
QString eventDateText( const QDateTime &time, DatePrecision precision );

} // namespace sortie
