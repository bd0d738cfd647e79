#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace sortie
{

/**
 * A leg by what does not change: its track's id (Track::id) and the time it took off (UTC
 * ms, as the analysis found it). Leg numbers change when airbases arrive or analysis
 * improves; a leg is found again as the one in the air at that time (resolveFlight()).
 */
struct LegKey
{
    QString trackId;
    qint64 takeoffMs = 0;

    bool isValid() const { return !trackId.isEmpty(); }
    bool operator==( const LegKey &other ) const
    {
      return trackId == other.trackId && takeoffMs == other.takeoffMs;
    }
    bool operator!=( const LegKey &other ) const { return !( *this == other ); }
};

#if QT_VERSION >= QT_VERSION_CHECK( 6, 0, 0 )
inline size_t qHash( const LegKey &key, size_t seed = 0 )
#else
inline uint qHash( const LegKey &key, uint seed = 0 )
#endif
{
  return ::qHash( key.trackId, seed ) ^ ::qHash( key.takeoffMs, seed );
}

} // namespace sortie

Q_DECLARE_METATYPE( sortie::LegKey )
