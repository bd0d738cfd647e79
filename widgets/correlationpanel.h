#pragma once

#include "models/analysis/suggestions.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace sortie
{
class Workspace;

/**
 * The analyst's correlations and the software's suggestions, side by side in two tabs.
 * Correlations: a sortable table (flights, relation, events, confidence, note) filtered
 * by text, with Edit and Delete. Suggestions: candidate pairs with what makes each a
 * candidate, to Link (which opens the dialog) or Dismiss. The panel only reads the
 * workspace; every change is asked for with a signal (the app makes it an undo command).
 */
class CorrelationPanel : public QWidget
{
    Q_OBJECT

  public:
    explicit CorrelationPanel( QWidget *parent = nullptr );

    /** Show @p workspace (kept; call refresh() when it changed). */
    void setWorkspace( const Workspace *workspace );
    void refresh();
    QString selectedCorrelationId() const;
    bool selectCorrelation( const QString &id );
    const QVector<Suggestion> &suggestions() const { return mSuggestions; }

    QTableWidget *table() const { return mTable; }
    QListWidget *suggestionList() const { return mSuggestionList; }
    QLineEdit *filterEdit() const { return mFilter; }
    QTabWidget *tabs() const { return mTabs; }

  signals:
    void correlationSelected( const QString &id );
    void editRequested( const QString &id );
    void deleteRequested( const QString &id );
    /** Link this suggestion (the app opens the dialog). */
    void linkRequested( const Suggestion &suggestion );
    void dismissRequested( const QString &key );

  private:
    void fillTable();
    void fillSuggestions();
    void applyFilter();

    const Workspace *mWorkspace = nullptr;
    QVector<Suggestion> mSuggestions;
    QTabWidget *mTabs = nullptr;
    QLineEdit *mFilter = nullptr;
    QTableWidget *mTable = nullptr;
    QListWidget *mSuggestionList = nullptr;
};

} // namespace sortie
