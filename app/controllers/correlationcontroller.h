#pragma once

#include "app/controllers/workbench.h"

#include <QObject>

class QAction;

namespace sortie
{

class CorrelationPanel;
class TimelineWidget;
struct Correlation;
struct Suggestion;

/**
 * The analyst's links between flights and events: Edit > Link Flight to Event on the
 * selection, a suggestion taken, a leg dropped on an event on the timeline, and editing,
 * deleting and dismissing from the Correlations panel; each through the correlation dialog
 * where it asks, and each one undoable command. Owns its Link action.
 */
class CorrelationController : public QObject
{
    Q_OBJECT

  public:
    explicit CorrelationController( const Workbench &workbench, QObject *parent = nullptr );

    /** Edit > Link Flight to Event... (Ctrl+L): the selected leg and event. */
    QAction *linkAction() const { return mLinkAction; }

    /** Take the requests of @p panel (edit, delete, link a suggestion, dismiss one). */
    void attach( CorrelationPanel *panel );
    /** A leg dropped on an event on @p timeline opens the dialog for that pair. */
    void attach( TimelineWidget *timeline );

    /** The selected leg and event in the correlation dialog; says how when either is missing. */
    void linkSelection();
    /** The dialog on @p suggestion; linked when the analyst accepts. */
    void linkSuggestion( const Suggestion &suggestion );
    void editCorrelation( const QString &id );
    void deleteCorrelation( const QString &id );

  signals:
    /** A correlation was added or edited through the dialog: the window shows its panel. */
    void correlationSaved();

  private:
    void openDialog( const Correlation &correlation );

    Workbench mWorkbench;
    QAction *mLinkAction = nullptr;
};

} // namespace sortie
