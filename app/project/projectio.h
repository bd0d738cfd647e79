#pragma once

#include "app/project/embeddedproject.h"
#include "models/project/projectstore.h"

namespace sortie
{
class Workspace;
}

/**
 * Saving and opening project files the same way from the window and the command line:
 * Sortie's tables through models/project, plus the embedded QGIS project.
 */
namespace sortie::projectio
{

/** "Sortie VERSION", written into every file. */
QString writerName();

/** The default region, and the time from the first to the last fix or event. */
embeddedproject::View defaultView( const Workspace &workspace );

/**
 * Write @p source to @p path atomically (writeProject()) with its embedded QGIS project. Empty or
 * why not. Safe on a worker thread with a snapshot's source (ProjectSnapshot): the window saves
 * that way; the QGIS project it embeds is made and written on the calling thread, touching
 * nothing of the window's.
 */
QString save( const QString &path, const ProjectSource &source, const ProjectMeta &meta,
              const embeddedproject::View &view );

/**
 * Read @p path. When an older Sortie wrote its embedded QGIS project (one that names the file,
 * so that a copy reads the original; see embeddedproject.h) and @p repair is set, write the
 * file again as save() does (a new file renamed into place: nothing of the old file runs, and
 * its foreign SQL objects are left behind); a failure to repair is added to the result's
 * warnings, never fatal.
 */
ProjectReadResult open( const QString &path, bool repair );

/** Whether @p path names a Sortie project file (by its suffix). */
bool isProjectPath( const QString &path );

} // namespace sortie::projectio
