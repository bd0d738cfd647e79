#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace sortie::jsonsupport
{

/**
 * A forward reader over JSON text for large, regular documents (readsb traces with a
 * million rows) where building a QJsonDocument costs more than the parsing itself. It
 * validates what it reads, skips what the caller does not want, and knows the line it is
 * on. Errors set error() and make every later call fail.
 */
class Cursor
{
  public:
    explicit Cursor( const QByteArray &content );

    /** Skip white space; true if more input follows. */
    bool skipSpace();
    /** The next significant character, or 0 at the end. */
    char peek();
    /** Consume @p c (after white space) or fail with an error. */
    bool expect( char c );
    /** Consume @p c if it is next. */
    bool accept( char c );

    std::optional<double> readNumber();
    /** A string, unescaped (\uXXXX included). */
    std::optional<std::string> readString();
    /** null, true or false: returns the literal read. */
    std::optional<std::string_view> readLiteral();
    /** Skip any value (object, array, string, number, literal), validating it. */
    bool skipValue();

    qint64 line() const { return mLine; }
    bool failed() const { return !mError.isEmpty(); }
    /** What went wrong and on which line, e.g. "unexpected end of input". */
    QString error() const { return mError; }
    qint64 errorLine() const { return mErrorLine; }
    bool atEnd();

    void fail( const QString &message );

    /** Deeper nesting than this is refused, not recursed into (no stack overflow on hostile files). */
    static constexpr int kMaxDepth = 256;

  private:
    int mDepth = 0; // of skipValue()'s recursion
    const char *mPos;
    const char *mEnd;
    qint64 mLine = 1;
    QString mError;
    qint64 mErrorLine = 0;
};

} // namespace sortie::jsonsupport
