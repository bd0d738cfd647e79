#pragma once

#include "models/analysis/flightanalysis.h"
#include "models/domain/airbase.h"
#include "models/domain/event.h"
#include "models/domain/track.h"
#include "models/io/importer.h"
#include "models/project/projectstore.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <vector>

namespace sortie
{

/** What an import into the workspace brought, for the report a person reads. */
struct ImportSummary
{
    int filesRead = 0;
    int filesFailed = 0;
    int tracks = 0;
    int airbases = 0;
    int events = 0;
    QVector<ImportWarning> warnings; //!< Every problem of every file, in file order.
};

/**
 * Everything the analyst has loaded: tracks with their flight analysis, airbases and
 * events. The one place data lives in the app; views read it and listen to changed(),
 * and never change it themselves (edits come as undo commands, later).
 *
 * Tracks are re-analysed whenever airbases arrive, so that legs are always named after
 * every known field.
 */
class Workspace : public QObject
{
    Q_OBJECT

  public:
    explicit Workspace( QObject *parent = nullptr );

    const std::vector<Track> &tracks() const { return mTracks; }
    const std::vector<FlightAnalysis> &analyses() const { return mAnalyses; }
    const AirbaseIndex &airbases() const { return mAirbases; }
    const QVector<Event> &events() const { return mEvents; }
    const QVector<Correlation> &correlations() const { return mCorrelations; }
    const QVector<Annotation> &annotations() const { return mAnnotations; }
    /** Keys of the suggestions the analyst dismissed (suggestions.h). */
    const QStringList &dismissedSuggestions() const { return mDismissed; }
    bool isEmpty() const
    {
      return mTracks.empty() && mAirbases.isEmpty() && mEvents.isEmpty() && mCorrelations.isEmpty() &&
             mAnnotations.isEmpty();
    }
    /** Everything, as a project file holds it. */
    ProjectContent content() const;

    /** Read @p paths with the standard importers and add what they hold. Emits changed() once. */
    ImportSummary importFiles( const QStringList &paths );

    /** Remove everything. */
    void clear();

    /** Replace everything with @p content (a project read from a file), analysed. Emits changed() once. */
    void setContent( ProjectContent content );

    // Event edits: called by the undo commands (models/commands/eventcommands.h), which
    // are how views change events. Each emits changed().
    /** Index of the event with @p id, or -1. */
    int eventIndex( const QString &id ) const;
    /** @p base if no event has it as id, else base-2, base-3, ... */
    QString uniqueEventId( const QString &base ) const;
    /** Insert @p event at @p index (-1: at the end). */
    void insertEvent( const Event &event, int index );
    /** Replace the event with @p event's id. */
    void replaceEvent( const Event &event );
    void removeEvent( const QString &id );

    // Correlation edits: called by the undo commands (models/commands/correlationcommands.h).
    /** Index of the correlation with @p id, or -1. */
    int correlationIndex( const QString &id ) const;
    /** A correlation id no correlation has: "c1", "c2", ... */
    QString newCorrelationId() const;
    void insertCorrelation( const Correlation &correlation, int index );
    void replaceCorrelation( const Correlation &correlation );
    void removeCorrelation( const QString &id );
    // Annotation edits: called by the undo commands (annotationcommands.h).
    int annotationIndex( const QString &id ) const;
    QString newAnnotationId() const;
    void insertAnnotation( const Annotation &annotation, int index );
    void replaceAnnotation( const Annotation &annotation );
    void removeAnnotation( const QString &id );

    /** Dismiss (or bring back) the suggestion with @p key. */
    void setSuggestionDismissed( const QString &key, bool dismissed );

  signals:
    void changed();

  private:
    void reanalyse();

    ImporterRegistry mRegistry;
    std::vector<Track> mTracks;
    std::vector<FlightAnalysis> mAnalyses;
    AirbaseIndex mAirbases;
    QVector<Event> mEvents;
    QVector<Correlation> mCorrelations;
    QVector<Annotation> mAnnotations;
    QStringList mDismissed;
};

} // namespace sortie
