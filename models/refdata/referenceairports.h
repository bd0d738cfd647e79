#pragma once

#include "models/domain/airbase.h"
#include "models/domain/track.h"

#include <QString>
#include <QVector>

#include <memory>
#include <mutex>
#include <vector>

namespace sortie
{

/**
 * The user's reference airports (the OurAirports file of the reference folder, issue 14 point
 * 4), used by every project: read once, when an import first needs them, on whichever thread
 * that is (the import's worker); safe to share between threads.
 */
class ReferenceAirports
{
  public:
    explicit ReferenceAirports( QString path );

    QString path() const { return mPath; }
    /** The airports, read on the first call; an empty index when the file is missing or unreadable. */
    std::shared_ptr<const AirbaseIndex> index() const;

  private:
    QString mPath;
    mutable std::once_flag mRead;
    mutable std::shared_ptr<const AirbaseIndex> mIndex;
};

/**
 * Of @p airports, the fields the flight analysis of @p tracks names (leg ends, the field of a
 * ground stop inferred in a gap, the field nearest to where a track leaves tracking data):
 * what a project needs of the reference airports to name its flights, a handful rather than
 * 80,000, so that the file stays small and opens the same on a machine without them.
 */
QVector<Airbase> airportsUsedBy( const std::vector<Track> &tracks, const AirbaseIndex &airports );

} // namespace sortie
