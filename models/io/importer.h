#pragma once

#include "models/domain/airbase.h"
#include "models/domain/event.h"
#include "models/domain/track.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <vector>

namespace sortie
{

/** Something in a file that could not be used, said so that a person can find it. */
struct ImportWarning
{
    QString file;    //!< File name as the user gave it.
    qint64 line = 0; //!< 1-based line; 0 when it concerns the whole file.
    QString message; //!< What is wrong and what was done (e.g. "latitude 200 out of range; row skipped").

    /** "file:line: message", or "file: message" for the whole file. */
    QString toString() const;
};

/** What one file held. */
struct ImportResult
{
    QString format; //!< Name of the importer that read it; empty when none could.
    std::vector<Track> tracks;
    QVector<Airbase> airbases;
    QVector<Event> events;
    QVector<ImportWarning> warnings; //!< Every problem, also for a file that was read.
    /** True when nothing could be read at all; the last warning says why, in one line. */
    bool failed = false;

    bool isEmpty() const { return tracks.empty() && airbases.isEmpty() && events.isEmpty(); }
};

/** A file's contents, decompressed and ready to parse. */
struct ImportSource
{
    QString path;        //!< As given; for messages and for GDAL drivers that want a path.
    QString displayName; //!< The file name shown in warnings.
    QByteArray content;  //!< The whole file, gunzipped if it was gzip-compressed.
};

/**
 * One file format. Importers never throw and never crash on bad input: every problem
 * becomes an ImportWarning with file and line, bad rows are skipped and the rest loads.
 */
class Importer
{
  public:
    virtual ~Importer() = default;

    /** e.g. "Flightradar24 CSV". */
    virtual QString formatName() const = 0;

    /** File name endings this format usually has, lower case, without the dot. */
    virtual QStringList suffixes() const = 0;

    /**
     * How sure this importer is that a file starting with @p head (at most the first
     * 64 KiB, decompressed) is in its format: 0 not at all, 100 certain.
     */
    virtual int sniff( const QByteArray &head ) const = 0;

    /** Read the whole file. */
    virtual ImportResult read( const ImportSource &source ) const = 0;
};

/** The importers Sortie knows, and the choice between them. */
class ImporterRegistry
{
  public:
    /** A registry with every built-in importer. */
    static ImporterRegistry standard();

    void add( std::unique_ptr<Importer> importer );
    const std::vector<std::unique_ptr<Importer>> &importers() const { return mImporters; }

    /**
     * The importer for a file named @p fileName that starts with @p head: the most
     * confident sniff wins, with a small preference for a matching suffix. nullptr when
     * no importer recognises the content.
     */
    const Importer *choose( const QString &fileName, const QByteArray &head ) const;

    /** Read @p path with the importer choose() picks. Never throws. */
    ImportResult importFile( const QString &path ) const;

  private:
    std::vector<std::unique_ptr<Importer>> mImporters;
};

/**
 * The most Sortie reads from one file, on disk or decompressed (1 GiB): a file is read whole
 * (Qt 5 byte arrays end at 2 GiB), so a larger one, or a gzip bomb, is refused with a message
 * rather than running out of memory (docs/formats.md, "Limits").
 */
constexpr qint64 kMaxImportBytes = qint64( 1 ) << 30;

/**
 * Read a file for import: gzip-compressed content (whatever the name) is decompressed
 * through GDAL's /vsigzip/, a UTF-16 byte order mark converted to UTF-8. Problems that
 * do not stop the reading (invalid UTF-8) are added to @p warnings. Returns false with
 * a one-line @p error when the file cannot be read (missing, empty, truncated gzip).
 */
bool readImportSource( const QString &path, ImportSource *source, QVector<ImportWarning> *warnings,
                       QString *error );

} // namespace sortie
