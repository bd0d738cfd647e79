#pragma once

#include "models/analysis/flightanalysis.h"
#include "models/domain/airbase.h"
#include "models/domain/annotation.h"
#include "models/domain/correlation.h"
#include "models/domain/event.h"
#include "models/domain/track.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <vector>

namespace sortie
{

class Workspace;

/**
 * The version of the project file's own tables (docs/formats.md, "Project file").
 * Raise it with every change to them, and teach readProject() the older one.
 */
// 2: correlations, annotations, dismissed suggestions. 3: tracks have a stable id (Track::id,
// tracks.track_key) and correlations, their links and dismissed suggestions name it.
constexpr int kProjectSchemaVersion = 3;

/** Everything a project holds, as read from a file. */
struct ProjectContent
{
    std::vector<Track> tracks;
    QVector<Airbase> airbases;
    QVector<Event> events;
    QVector<Correlation> correlations;
    QVector<Annotation> annotations;
    QStringList dismissedSuggestions; //!< Suggestion keys the analyst dismissed (suggestions.h).
};

/**
 * What writeProject() writes, by reference: a project's content and the flight analysis of
 * each track (same order). From a Workspace (Workspace::source()) or a ProjectSnapshot.
 */
struct ProjectSource
{
    const std::vector<Track> &tracks;
    const std::vector<FlightAnalysis> &analyses;
    const QVector<Airbase> &airbases;
    const QVector<Event> &events;
    const QVector<Correlation> &correlations;
    const QVector<Annotation> &annotations;
    const QStringList &dismissedSuggestions;
};

/**
 * A copy of a project with its analyses, for writing on another thread while the analyst
 * goes on editing: nothing is analysed again (Workspace::snapshot()).
 */
struct ProjectSnapshot
{
    ProjectContent content;
    std::vector<FlightAnalysis> analyses;
    ProjectSource source() const
    {
      return { content.tracks,
               analyses,
               content.airbases,
               content.events,
               content.correlations,
               content.annotations,
               content.dismissedSuggestions };
    }
};

/** About the file rather than the data. */
struct ProjectMeta
{
    int schemaVersion = kProjectSchemaVersion;
    QString writtenBy; //!< "Sortie 0.4.0"
    QString fileName;  //!< The file's name when it was written: a rename shows as a difference.
    QDateTime createdUtc;
    QDateTime savedUtc;
    /**
     * How the embedded QGIS project reaches its layers (projecttables::kMetaQgisLayers): set by
     * whoever writes that project; empty in files whose QGIS project names the file it was
     * written as, which a copy or a rename breaks (opening repairs them, projectio::open()).
     */
    QString qgisLayers;
    /**
     * The app's state: current time, timeline window, filters, map view, layout. Opaque
     * here; the app writes and reads its own keys.
     */
    QJsonObject workbench;
};

/** Why a file could not be opened as a project. */
enum class ProjectOpenError
{
  None,
  NotFound,
  NotGeoPackage,    //!< Random bytes, a truncated header, another format.
  Damaged,          //!< A GeoPackage whose database is damaged (truncated, corrupt pages).
  NotSortieProject, //!< A valid GeoPackage without Sortie's tables: offer to import it.
  NewerSchema,      //!< Written by a newer Sortie.
};

struct ProjectReadResult
{
    ProjectOpenError error = ProjectOpenError::None;
    QString message; //!< For a person; names the file and the reason.
    ProjectContent content;
    ProjectMeta meta;
    QStringList warnings; //!< Rows that could not be read ("table events, row 12: ..."); the rest loaded.
    bool ok() const { return error == ProjectOpenError::None; }
};

/** Called with the finished temporary file before it replaces the project (see writeProject()). */
using ProjectFinisher = std::function<bool( const QString &temporaryPath, QString *error )>;

/**
 * Write @p workspace and @p meta to @p path as a Sortie project (a GeoPackage).
 *
 * Atomic: the file is written in full as a temporary file in a hidden folder beside
 * @p path, under @p path's own name (so that paths relative to it stay right), synced to
 * disk and then renamed over @p path. A crash or a full disk at any point leaves the
 * previous file as it was. @p finisher, when given, adds to the temporary file before
 * that (the app embeds its QGIS project there); its failure fails the save.
 *
 * @return empty on success, else what went wrong, for a person.
 */
QString writeProject( const QString &path, const ProjectSource &source, const ProjectMeta &meta,
                      const ProjectFinisher &finisher = {} );
/** writeProject() of @p workspace as it is (Workspace::source(): no copy). */
QString writeProject( const QString &path, const Workspace &workspace, const ProjectMeta &meta,
                      const ProjectFinisher &finisher = {} );

/** Read a project written by writeProject(), of this schema version or any earlier one. */
ProjectReadResult readProject( const QString &path );

/** The suffix of project files, ".sortie.gpkg". */
QString projectFileSuffix();

} // namespace sortie
