#pragma once

#include "models/refdata/referencefolder.h"

#include <QStringList>

class QTextStream;

namespace sortie
{

/** The user's reference data folder: the application data folder's "reference". */
ReferenceFolder userReferenceFolder();

namespace cli
{

/**
 * `sortie refdata status` and `sortie refdata update [--airports-url URL] [--aircraft-url URL]
 * [--adsbx] [--only airports|aircraft]`: what the reference data folder holds and from when,
 * and downloading it again (ReferenceDownload) with progress on stderr. Needs Qt Core and
 * Qt Network, and a QCoreApplication.
 *
 * @returns Success, BadInput (a download failed), BadUsage.
 */
int runRefdata( const QStringList &arguments, QTextStream &out, QTextStream &err );

} // namespace cli
} // namespace sortie
