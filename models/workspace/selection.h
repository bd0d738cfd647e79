#pragma once

#include "models/domain/legkey.h"
#include "models/workspace/workspacechange.h"

#include <QObject>
#include <QString>

namespace sortie
{

class Workspace;

/**
 * What the analyst has selected, by identity: one leg, one event, one correlation. The one
 * place it is held: the panels, the timeline and the map show it and set it, and the
 * commands that act on "the selection" (link, zoom to selection, remove track) read it here.
 *
 * Ids, not rows or list positions: a selection survives edits, re-analysis and undo, and
 * goes (prune()) when what it names is removed.
 */
class Selection : public QObject
{
    Q_OBJECT

  public:
    explicit Selection( QObject *parent = nullptr );

    /** The selected leg; invalid when none. */
    const LegKey &leg() const { return mLeg; }
    /** The selected event's id; empty when none. */
    const QString &eventId() const { return mEventId; }
    /** The selected correlation's id; empty when none. */
    const QString &correlationId() const { return mCorrelationId; }

    /** Select @p leg (invalid: none). Emits legChanged() when it differs. */
    void setLeg( const LegKey &leg );
    /** Select the event @p id (empty: none). Emits eventChanged() when it differs. */
    void setEvent( const QString &id );
    /** Select the correlation @p id (empty: none). Emits correlationChanged() when it differs. */
    void setCorrelation( const QString &id );
    /** Select nothing. */
    void clear();

    /**
     * Drop what @p change removed from @p workspace (an event deleted, a track removed, a new
     * project); what still exists stays selected.
     */
    void prune( const Workspace &workspace, const WorkspaceChange &change );

  signals:
    void legChanged( const sortie::LegKey &leg );
    void eventChanged( const QString &id );
    void correlationChanged( const QString &id );

  private:
    LegKey mLeg;
    QString mEventId;
    QString mCorrelationId;
};

} // namespace sortie
