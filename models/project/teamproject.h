#pragma once

// A team project (issue 16, part 2): a project's tables in a schema of its own in a
// PostgreSQL database with PostGIS, where several analysts share one case. Here: publishing a
// project file there and reading it back, whole or only the analyst's work, with the same
// tables and the same code as the file (projectdataset.h), through GDAL's PostgreSQL driver,
// with a reader and an editor role that hold the team's rights. Edits, versions, the journal
// and notifications: teamsession.h; merging a file: teammerge.h; positions: teamarchive.h.

#include "models/project/projectstore.h"

#include <QHash>
#include <QString>

namespace sortie::teamproject
{

/**
 * Whether Sortie accepts @p schema as a team project's schema: 1 to 63 characters, lower-case
 * ASCII letters, digits and '_', not starting with a digit nor with "pg_". Anything else is
 * refused before it reaches the server; the name is quoted besides.
 */
bool isValidSchemaName( const QString &schema );

/**
 * Publish @p source as a team project in the new schema @p schema (at most
 * kMaxTeamSchemaLength characters) of the PostgreSQL database that @p connection names (libpq's:
 * "service=NAME", "host=H dbname=D user=U", or a postgresql:// URI; passwords from libpq's password file,
 * never from the project). Refuses a schema that exists. Creates (when missing) the roles readerRole() and
 * editorRole() and gives them their rights, revoking everyone else's: the connecting role needs CREATEROLE.
 * Nothing is left of a publish that fails (the schema it made goes).
 * Empty on success, else why, for a person.
 */
QString publish( const QString &connection, const QString &schema, const ProjectSource &source,
                 const ProjectMeta &meta );

/** The longest schema name publish() takes: PostgreSQL's 63 less "_reader". */
constexpr int kMaxTeamSchemaLength = 56;

/** The role whose members may read the team project in @p schema, and nothing else ("case_reader"). */
QString readerRole( const QString &schema );
/** The role whose members may also change its rows ("case_editor"); it is a member of the reader role. */
QString editorRole( const QString &schema );

/** Read the team project in @p schema of @p connection, as readProject() reads a file. */
ProjectReadResult read( const QString &connection, const QString &schema );

/** The geometry column of each table of team project @p schema that has one (GDAL named them). */
QHash<QString, QString> geometryColumns( const QString &connection, const QString &schema );

/**
 * Let the team's roles read the QGIS project stored in @p schema (QGIS's table
 * qgis_projects, made when it was written there). Empty on success, else why.
 */
QString shareQgisProject( const QString &connection, const QString &schema );

/**
 * Whether @p link names a team project as a link a team shares does: libpq's URI with the
 * schema as a query item, "postgresql://host/db?schema=case_one" (QGIS's project storage URIs,
 * which add "project=", are read too). Gives the connection for libpq (without those two items)
 * and the schema.
 */
bool parseTeamLink( const QString &link, QString *connection, QString *schema );
/**
 * Read only the analyst's work in the team project in @p schema (content.events, .correlations,
 * .dismissedSuggestions, .annotations), as stored now.
 */
ProjectReadResult readWork( const QString &connection, const QString &schema );

} // namespace sortie::teamproject
