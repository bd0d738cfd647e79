#pragma once

#include "models/project/teamarchive.h"
#include "models/time/timerange.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <cstdint>
#include <memory>
#include <optional>

namespace sortie
{

class AircraftLayer;
struct AircraftEntry;

/**
 * A team project's position archive on the map (issue 16, part 2): the positions stay in the
 * database and the window holds only a week of them around the time the analyst is at, drawn
 * by an AircraftLayer of its own (the timeline's fast path: scrubbing inside the week reads
 * no database). When the time comes within a day of the loaded week's edge, the week around
 * it is read on a worker thread while the old one stays on the map; memory follows the
 * window, not the archive.
 */
class TeamArchiveFeed : public QObject
{
    Q_OBJECT

  public:
    /** How much is loaded around the time, and how close to its edge a new load starts. */
    static constexpr std::int64_t kWindowMs = 7LL * 24 * 3600 * 1000;
    static constexpr std::int64_t kReloadMarginMs = 24LL * 3600 * 1000;
    /** A window never holds more positions than this (a denser archive's week is cut, and says so). */
    static constexpr qint64 kMaxPositions = 5'000'000;

    /** Follows the archive of team project @p schema of @p connection, which spans @p extent. */
    TeamArchiveFeed( const QString &connection, const QString &schema, const teamarchive::Extent &extent,
                     QObject *parent = nullptr );
    ~TeamArchiveFeed() override;

    /** The layer that draws the loaded window; the caller adds it to the project, which owns it. */
    AircraftLayer *layer() const { return mLayer; }
    /** The archive's time span. */
    TimeRange extent() const { return { mExtent.firstMs, mExtent.lastMs + 1 }; }
    /** The window now on the map; empty until the first load. */
    std::optional<TimeRange> loadedWindow() const { return mLoaded; }

    /** The map is at @p timeMs: drawn there, and a new window read when it nears the edge. */
    void setTime( std::int64_t timeMs );

  signals:
    /** A window arrived: @p positions of @p aircraft, read in @p elapsedMs; @p truncated when cut. */
    void loaded( qint64 positions, int aircraft, const sortie::TimeRange &window, qint64 elapsedMs,
                 bool truncated );
    /** A window could not be read: why. The previous one stays. */
    void failed( const QString &message );

  private:
    void load( std::int64_t centreMs );
    void show();

    QString mConnection;
    QString mSchema;
    teamarchive::Extent mExtent;
    QPointer<AircraftLayer> mLayer;
    std::optional<TimeRange> mLoaded;
    std::optional<TimeRange> mLoading;
    std::optional<std::int64_t> mWanted; //!< A time that needs another window once this load is in.
    std::int64_t mTime = 0;
    /** A window as the worker hands it over: its tracks already the layer's entries. */
    struct Loaded
    {
        teamarchive::Window window; //!< Without its tracks (moved into aircraft).
        std::shared_ptr<const std::vector<AircraftEntry>> aircraft;
    };
    QFutureWatcher<Loaded> mWatcher;
    qint64 mStartedMs = 0;
};

} // namespace sortie
