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
 * The analyst's correlations, the software's suggestions and the map annotations, in
 * three tabs.
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
    QListWidget *annotationList() const { return mAnnotationList; }
    /** The id of the annotation selected in the Annotations tab, or empty. */
    QString selectedAnnotationId() const;
    QLineEdit *filterEdit() const { return mFilter; }
    QTabWidget *tabs() const { return mTabs; }

  signals:
    /** The analyst selected the correlation @p id in the table; empty when the selection went. */
    void correlationSelected( const QString &id );
    void editRequested( const QString &id );
    void deleteRequested( const QString &id );
    /** Link this suggestion (the app opens the dialog). */
    void linkRequested( const Suggestion &suggestion );
    void dismissRequested( const QString &key );
    /** Annotations tab: change the text of, delete, or toggle the time window of an annotation. */
    void annotationEditRequested( const QString &id );
    void annotationDeleteRequested( const QString &id );
    void annotationWindowRequested( const QString &id );

  private:
    void fillTable();
    void fillSuggestions();
    void fillAnnotations();
    void applyFilter();

    const Workspace *mWorkspace = nullptr;
    QVector<Suggestion> mSuggestions;
    QTabWidget *mTabs = nullptr;
    QLineEdit *mFilter = nullptr;
    QTableWidget *mTable = nullptr;
    QListWidget *mSuggestionList = nullptr;
    QListWidget *mAnnotationList = nullptr;
};

} // namespace sortie
