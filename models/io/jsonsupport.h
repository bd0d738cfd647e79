#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QString>

#include <vector>

namespace sortie::jsonsupport
{

/** 1-based line of byte @p offset in @p content. */
qint64 lineOfOffset( const QByteArray &content, qint64 offset );

/** A name given twice in one JSON object (the later one is the one kept). */
struct DuplicateMembers
{
    qint64 firstLine = 0; //!< 1-based line of the first name found given again; 0 when none.
    QString firstName;    //!< That name, decoded.
    qint64 count = 0;     //!< How many members were dropped for a later one of the same name.
    bool refused = false; //!< Too many repeats nested in repeats to check: the text must not be parsed.
};

/**
 * @p content with every member of an object that a later member of the same name replaces
 * blanked out (spaces, its line breaks kept), so the text keeps its length and lines.
 *
 * Why: Qt 5.15's JSON parser leaks the value it drops for a repeated name when that value is
 * an object or array (a few hundred bytes a time, more for a large value): a hostile file
 * made of repeated names grows the memory of the process that reads it, and any leak-checking
 * fuzzer finds it at once. Dropping them before Qt sees them removes the leak, and the last
 * value of a name wins (Qt sorts members with an unstable sort, so which one it kept of a
 * large object was never certain). A member is dropped only if Qt reads it without error, so
 * a broken file stays broken. The scan follows strings and nesting only, as Qt does up to the
 * first syntax error (after which Qt keeps nothing); names with escapes or non-ASCII bytes are
 * compared as Qt decodes them (UTF-16). @p duplicates (optional) says what was dropped; when
 * it says refused, checking would have cost too much and the text must not reach Qt.
 */
QByteArray withoutRepeatedMembers( const QByteArray &content, DuplicateMembers *duplicates = nullptr );

/**
 * Parse @p content as JSON (through withoutRepeatedMembers()). On failure returns false and
 * sets @p line and @p message from QJsonParseError, so that a broken file is reported with
 * its line. @p duplicates (optional) reports names given twice in one object.
 */
bool parse( const QByteArray &content, QJsonDocument *document, qint64 *line, QString *message,
            DuplicateMembers *duplicates = nullptr );

/** Parse @p content as JSON (through withoutRepeatedMembers()); a null document if invalid. */
QJsonDocument parseOrNull( const QByteArray &content, QJsonParseError *error = nullptr );

/**
 * Lines on which the elements of the array stored under "@p key" start, in order.
 * QJsonDocument keeps no positions; this light scan (strings and nesting only) gives
 * every row of a large array its line for warnings. Empty when the key is not found.
 */
std::vector<qint64> arrayElementLines( const QByteArray &content, const char *key );

} // namespace sortie::jsonsupport
