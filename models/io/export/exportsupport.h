#pragma once

// What the exporters share: UTC times as text, writing a file atomically.

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace sortie::exporters
{
/** "2024-07-09T07:30:00Z", with ".123" before the Z when there are milliseconds. */
QString isoUtc( std::int64_t ms );
/** Write @p bytes to @p path through QSaveFile: the old file stays until the new one is complete. */
QString writeAtomically( const QString &path, const QByteArray &bytes );
} // namespace sortie::exporters
