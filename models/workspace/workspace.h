#pragma once

#include "models/analysis/flightanalysis.h"
#include "models/domain/airbase.h"
#include "models/domain/event.h"
#include "models/domain/track.h"
#include "models/io/importer.h"
#include "models/project/projectstore.h"
#include "models/refdata/aircraftdatabase.h"
#include "models/workspace/importservice.h"
#include "models/workspace/workspacechange.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <memory>
#include <vector>

namespace sortie
{

/** What merging another project brought (Workspace::mergeContent()). */
struct MergeSummary
{
    int tracksAdded = 0;
    int tracksAlreadyThere = 0; //!< Same id (the same positions): one flight, kept once.
    int eventsAdded = 0;
    int eventsAlreadyThere = 0; //!< Same id and the same content.
    int correlationsAdded = 0;
    int correlationsAlreadyThere = 0;
    int annotationsAdded = 0;
    int annotationsAlreadyThere = 0;
    int airbasesAdded = 0;
    int dismissalsAdded = 0; //!< Suggestions the other project's analyst dismissed.
    /** Items whose id was taken by a different item here: added under a new id, links kept. */
    QStringList renamed;
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

    /**
     * The aircraft, as analysed and shown: one track per aircraft. Several imported tracks of
     * one aircraft (same ICAO address or registration; groupTracksByAircraft()) are one track
     * here, made by fuseTracks() under the id aircraftTrackId(): one lane, one map symbol, a
     * gap only where no source has data. A track alone is itself, under its own id. Each
     * analysis's FlightAnalysis::sources says what each source covered.
     */
    const std::vector<Track> &tracks() const { return mFlights; }
    /**
     * Index in tracks() and analyses() of the track with @p id: a track's own id, the id of
     * one of its sources (a correlation made before a second source came still finds its
     * leg), or an aircraft's id (one made while there were two still finds it when one
     * source is removed). -1 when none.
     */
    int trackIndex( const QString &id ) const { return mFlightIndex.value( id, -1 ); }
    const std::vector<FlightAnalysis> &analyses() const { return mFlightAnalyses; }
    /** The tracks as imported, one per source: what a project file keeps. */
    const std::vector<Track> &sourceTracks() const { return mTracks; }
    /** Index in sourceTracks() of the imported track with @p id, or -1. */
    int sourceTrackIndex( const QString &id ) const { return mTrackIndex.value( id, -1 ); }
    /** The ids of the imported tracks that make track @p id of tracks() (its own id for one alone). */
    QStringList sourceTrackIds( const QString &id ) const;
    const AirbaseIndex &airbases() const { return mAirbases; }

    /**
     * Fill what the tracks' sources left unsaid (registration, type, operator, a military
     * flag) from @p database, now and for every track that comes later, each filled field
     * marked (AircraftIdentity::fromDatabase); none: take back what the last one filled.
     * Every view is told (their labels change).
     */
    void setAircraftDatabase( std::shared_ptr<const AircraftDatabase> database );
    const std::shared_ptr<const AircraftDatabase> &aircraftDatabase() const { return mAircraftDatabase; }
    /**
     * The user's reference airports (the reference folder's OurAirports file): the fields the
     * tracks of each import use come into the project with them (ImportOptions). Kept here for
     * whoever starts an import; none: none.
     */
    void setReferenceAirports( std::shared_ptr<const ReferenceAirports> airports )
    {
      mReferenceAirports = std::move( airports );
    }
    const std::shared_ptr<const ReferenceAirports> &referenceAirports() const { return mReferenceAirports; }
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
    /** Everything, as a project file holds it (a copy). */
    ProjectContent content() const;
    /** What writeProject() writes, by reference: valid until the next change. */
    ProjectSource source() const
    {
      return { mTracks, mAnalyses, mAirbases.airbases(), mEvents, mCorrelations, mAnnotations, mDismissed };
    }
    /** A copy of everything with its analyses, to write on another thread (nothing analysed again). */
    ProjectSnapshot snapshot() const;

    /**
     * Read @p paths with the standard importers and add what they hold. A Sortie project
     * among them is merged (mergeContent()). A track whose positions are already loaded is
     * left out, not loaded twice. Notifies as addImport() does.
     */
    ImportSummary importFiles( const QStringList &paths );
    /**
     * Add what readImport() read (on any thread), as importFiles() does: tracks already
     * loaded left out, events, airbases and projects merged by identity, what is new analysed.
     * Tells the views what came: tracks added and events added (changed() after each), or,
     * when airbases or the analyst's items came (every track analysed again), one reset.
     */
    ImportSummary addImport( ImportBatch batch );
    /** The importers importFiles() reads with (thread-safe: readImport() on a worker uses them). */
    const ImporterRegistry &importers() const { return mRegistry; }

    /**
     * Add another project's content, by identity: a track, event, correlation or annotation
     * already here (same id, same content) is kept once; one whose id is taken by something
     * different comes in under a new id, with the links to it following. Emits changed().
     */
    MergeSummary mergeContent( ProjectContent content );

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
    /**
     * Whether others add items to the same project at the same time (a team project): ids this
     * window makes must then be unique beyond it, not only within it.
     */
    bool sharesIdsWithOthers() const { return mSharesIds; }
    void setSharesIdsWithOthers( bool shares ) { mSharesIds = shares; }
    /** Insert @p event at @p index (-1: at the end). */
    void insertEvent( const Event &event, int index );
    /** Replace the event with @p event's id. */
    void replaceEvent( const Event &event );
    void removeEvent( const QString &id );
    /** What adoptEvents() did. */
    struct Adopted
    {
        int changed = 0; //!< Items added, changed or removed as stored.
        int kept = 0;    //!< Items the analyst changed here since @p baseline, left as the analyst has them.
        QStringList keptIds; //!< Their ids.
    };
    /**
     * Take the events as another analyst left them in a team project: @p stored, the events
     * as stored now, against @p baseline, as they were stored when last read. An event changed
     * (or removed) there and not here becomes what is stored; one changed here since the
     * baseline stays as it is here (never overwritten by the other's), as do events added here.
     * Each change is a notification of its own; nothing else is touched.
     */
    Adopted adoptEvents( const QVector<Event> &stored, const QVector<Event> &baseline );
    /** adoptEvents() for the correlations. */
    Adopted adoptCorrelations( const QVector<Correlation> &stored, const QVector<Correlation> &baseline );
    /** adoptEvents() for the drawings. */
    Adopted adoptAnnotations( const QVector<Annotation> &stored, const QVector<Annotation> &baseline );

    // Correlation edits: called by the undo commands (models/commands/correlationcommands.h).
    /** Index of the correlation with @p id, or -1. */
    int correlationIndex( const QString &id ) const;
    /** A correlation id no correlation anywhere has: a UUID (ids of files before 0.6: "c1", ...). */
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

    // Track edits: called by the undo commands (models/commands/trackcommands.h).
    /** An imported track with where it was in sourceTracks(). */
    using PlacedTrack = std::pair<int, Track>;
    /**
     * Remove the imported tracks @p sourceIds (sourceTracks(); every source of an aircraft is
     * sourceTrackIds()), with their analyses; returns them with their places, in order. Ids
     * not here are passed over. One notice.
     */
    std::vector<PlacedTrack> takeTracks( const QStringList &sourceIds );
    /** Put back what takeTracks() returned, each where it was, analysed. One notice. */
    void insertTracks( std::vector<PlacedTrack> tracks );
    /** Remove the imported track with @p id (sourceTrackIndex()); returns it (empty id: none). */
    Track takeTrack( const QString &id );
    /** Insert @p track (with an id no track has) at @p index of sourceTracks() (-1: at the end). */
    void insertTrack( Track track, int index );

    /** Dismiss (or bring back) the suggestion with @p key. */
    void setSuggestionDismissed( const QString &key, bool dismissed );

  signals:
    /** What a change touched: views update that and nothing else. Emitted before changed(). */
    void itemsChanged( const sortie::WorkspaceChange &change );
    /** Something changed (after itemsChanged()), for those who only need to know that. */
    void changed();

  private:
    /** Emit itemsChanged( @p change ), then changed(). */
    void notify( const WorkspaceChange &change );
    void reanalyse();
    /** What rebuildFlights() changed in tracks(). */
    struct FlightChange
    {
        QStringList added, removed;
        bool changed = false; //!< A track that stayed is made of other sources now.
        bool onlyAdded() const { return !changed && removed.isEmpty(); }
        bool onlyRemoved() const { return !changed && added.isEmpty(); }
    };
    /**
     * Make tracks() again from the imported tracks and their analyses: one per aircraft. A
     * fused track whose sources did not change keeps its analysis unless @p analyseAll.
     */
    FlightChange rebuildFlights( bool analyseAll );
    /** Tell the views what rebuildFlights() changed: @p kind with the ids when it was only that. */
    void notifyTracks( const FlightChange &change );
    /** Index the tracks by id, and fill what the aircraft database knows of new ones. */
    void reindexTracks();
    /**
     * Give every track of @p tracks without an id its content key. With @p dropKnown, a track
     * whose id is already here or earlier in @p tracks is dropped (the same data loaded
     * again); else it keeps its data under a suffixed id. Returns how many were dropped.
     */
    int identifyTracks( std::vector<Track> &tracks, bool dropKnown,
                        const std::function<void( const Track & )> &onDropped = {} ) const;
    /** mergeContent() up to, not including, the analysis and the signal. */
    MergeSummary mergeWithoutAnalysis( ProjectContent content );
    /** A new id for something the analyst makes: a UUID, unique across projects for merges. */
    static QString newItemId();

    ImporterRegistry mRegistry;
    std::vector<Track> mTracks;            // as imported, one per source: what is saved
    std::vector<FlightAnalysis> mAnalyses; // of each of mTracks, for the file's derived layers
    QHash<QString, int> mTrackIndex;       // Track::id -> index in mTracks
    std::vector<Track> mFlights;           // one per aircraft: what is analysed and shown
    std::vector<FlightAnalysis> mFlightAnalyses;
    std::vector<QStringList> mFlightSources; // the ids of mTracks each of mFlights is made of
    QHash<QString, int> mFlightIndex;        // flight, source and aircraft ids -> index in mFlights
    AirbaseIndex mAirbases;
    QVector<Event> mEvents;
    bool mSharesIds = false;
    QVector<Correlation> mCorrelations;
    QVector<Annotation> mAnnotations;
    QStringList mDismissed;
    std::shared_ptr<const AircraftDatabase> mAircraftDatabase;
    std::shared_ptr<const ReferenceAirports> mReferenceAirports;
    QSet<QString> mLookedUp; // ids of the tracks mAircraftDatabase was asked about
};

} // namespace sortie
