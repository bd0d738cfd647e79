#pragma once

#include <QStringList>

class QTextStream;

namespace sortie::cli
{

/**
 * `sortie publish PROJECT CONNECTION [--schema NAME]`: publish a project file as a team
 * project in a new schema of a PostgreSQL database with PostGIS (teamproject.h). CONNECTION
 * is libpq's: a postgresql:// URI, "service=NAME", or "host=... dbname=...". The schema
 * defaults to the file's name ("case_one.sortie.gpkg" -> case_one). Needs Qt Core only.
 *
 * @returns Success, BadInput (the project or the database refused), BadUsage.
 */
int runPublish( const QStringList &arguments, QTextStream &out, QTextStream &err );

/**
 * `sortie merge PROJECT CONNECTION --schema NAME`: add what a project file holds to the team
 * project NAME, by identity (teammerge.h), in one transaction authored by the connecting role.
 * Needs Qt Core only.
 *
 * @returns Success, BadInput (the project or the database refused), BadUsage.
 */
int runMerge( const QStringList &arguments, QTextStream &out, QTextStream &err );

/**
 * `sortie archive CONNECTION --schema NAME FILE...`: add the positions of FILE... to the
 * position archive of team project NAME (teamarchive.h), in one transaction. Qt Core only.
 */
int runArchive( const QStringList &arguments, QTextStream &out, QTextStream &err );

} // namespace sortie::cli
