#pragma once

#include <QString>
#include <QStringList>

namespace sortie::embeddedproject
{

/**
 * What the QGIS project inside @p gpkgPath holds that Sortie ignores and that could do harm
 * in a tool that used it (issue 13): Python macros, Python expression functions, layer
 * actions, and layers whose source is not the project's own attachment (another file, a
 * network address). One sentence per finding, for the analyst. Sortie never loads that
 * project (it reads its own tables) and writes its own on the next save.
 *
 * Reads the project's XML only, from the archive in the file; opens no layer of it.
 */
QStringList ignoredContent( const QString &gpkgPath );

} // namespace sortie::embeddedproject
