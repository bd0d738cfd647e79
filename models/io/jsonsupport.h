#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <vector>

namespace sortie::jsonsupport
{

/** 1-based line of byte @p offset in @p content. */
qint64 lineOfOffset( const QByteArray &content, qint64 offset );

/**
 * Parse @p content as JSON. On failure returns false and sets @p line and @p message
 * from QJsonParseError, so that a broken file is reported with its line.
 */
bool parse( const QByteArray &content, QJsonDocument *document, qint64 *line, QString *message );

/**
 * Lines on which the elements of the array stored under "@p key" start, in order.
 * QJsonDocument keeps no positions; this light scan (strings and nesting only) gives
 * every row of a large array its line for warnings. Empty when the key is not found.
 */
std::vector<qint64> arrayElementLines( const QByteArray &content, const char *key );

} // namespace sortie::jsonsupport
