#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sortie::csv
{

/**
 * A forward reader of comma-separated records over a buffer, RFC 4180 quoting
 * (quoted commas, doubled quotes, quoted line breaks), with the line each record
 * starts on.
 *
 * Why not GDAL's CSV driver: importers must name the line of every bad row, and the
 * Flightradar24 "Position" column packs two numbers in one quoted field; this reader
 * hands out views into the buffer without copying, for millions of rows a second.
 */
class Reader
{
  public:
    /**
     * Read @p buffer from byte @p offset, which lies on line @p firstLine. Fields are quoted
     * with @p quote (OpenSky's newer aircraft database quotes with ').
     */
    explicit Reader( const QByteArray &buffer, int offset = 0, qint64 firstLine = 1, char quote = '"' );

    /**
     * Read the next record into @p fields (views into the buffer, or into the reader's
     * scratch space for fields with doubled quotes: valid until the next call). Skips
     * blank lines. Returns false at the end.
     */
    bool next( std::vector<std::string_view> &fields );

    /** 1-based line on which the record last returned starts. */
    qint64 line() const { return mRecordLine; }

  private:
    const char *mPos;
    const char *mEnd;
    qint64 mLine = 1;
    qint64 mRecordLine = 0;
    char mQuote = '"';
    // A deque, not a vector: fields hold views into these strings, and a deque never moves
    // its elements when it grows (a vector would, and a short string's characters live
    // inside the element: issue 13's use after free).
    std::deque<std::string> mScratch;
};

/** Column positions found by header name (case-insensitive, trimmed). */
class Header
{
  public:
    Header() = default;
    explicit Header( const std::vector<std::string_view> &names );

    /** Index of column @p name, or -1. */
    int index( const char *name ) const;
    /** Index of the first of @p names present, or -1. */
    int indexOfAny( std::initializer_list<const char *> names ) const;
    int size() const { return static_cast<int>( mNames.size() ); }

  private:
    std::vector<std::string> mNames;
};

/** The first line of @p head (after a UTF-8 byte order mark), lower-cased: for sniffing headers. */
QByteArray firstLineLower( const QByteArray &head );

std::string_view trimmed( std::string_view text );
/** Parse a whole field as a double (trimmed; '.' decimal point). nullopt when not a number. */
std::optional<double> toDouble( std::string_view text );
/** Parse a whole field as an integer (trimmed). */
std::optional<std::int64_t> toInt64( std::string_view text );
QString toQString( std::string_view text );
/** The field at @p index, or an empty view when the record is shorter. */
inline std::string_view field( const std::vector<std::string_view> &fields, int index )
{
  return index >= 0 && index < static_cast<int>( fields.size() ) ? fields[static_cast<std::size_t>( index )]
                                                                 : std::string_view();
}

} // namespace sortie::csv
