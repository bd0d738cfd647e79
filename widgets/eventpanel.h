#pragma once

#include "models/domain/event.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace sortie
{

class EventFilterModel;
class EventTableModel;
class TimeController;

/**
 * The event panel: a sortable table of events (date with its precision, kind, title,
 * place, number of sources), filtered by text, kind and, optionally, the window selected
 * on the timeline; a detail pane with the description, actors and sources (links open in
 * the browser). Selecting an event moves the timeline cursor to its start.
 */
class EventPanel : public QWidget
{
    Q_OBJECT

  public:
    explicit EventPanel( TimeController *controller, QWidget *parent = nullptr );

    void setEvents( const QVector<Event> &events );
    /** Show @p events after an edit: rows change in place, the selection and scroll stay. */
    void syncEvents( const QVector<Event> &events );

    /** Select the event with @p id (and show its details); false when it is not listed. */
    bool selectEvent( const QString &id );
    /** The selected event's id, or empty. */
    QString selectedEventId() const;

    QTableView *table() const { return mTable; }
    QLineEdit *filterEdit() const { return mFilter; }
    QComboBox *kindCombo() const { return mKind; }
    QCheckBox *windowCheck() const { return mInWindow; }
    QTextBrowser *details() const { return mDetails; }

  signals:
    /** The analyst selected an event in the table. */
    void eventSelected( const QString &id );
    /** The analyst asked to add an event, or to edit or delete the one with @p id. */
    void addRequested();
    void editRequested( const QString &id );
    void deleteRequested( const QString &id );

  private:
    void applyWindowFilter();
    void showSelection();

    TimeController *mController = nullptr;
    EventTableModel *mModel = nullptr;
    EventFilterModel *mFilterModel = nullptr;
    QLineEdit *mFilter = nullptr;
    QComboBox *mKind = nullptr;
    QCheckBox *mInWindow = nullptr;
    QTableView *mTable = nullptr;
    QTextBrowser *mDetails = nullptr;
};

/** The details of @p event as HTML: when, where, who, what, and every source with what it supports. */
QString eventDetailsHtml( const Event &event );

} // namespace sortie
