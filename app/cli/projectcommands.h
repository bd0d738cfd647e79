#pragma once

#include <QStringList>

class QTextStream;

/**
 * The command-line verbs that write project files. They need QGIS (the embedded QGIS
 * project): main() starts a display-less SortieApplication before calling them.
 * Each returns a cli::ExitCode.
 */
namespace sortie::cli
{

/**
 * `sortie import PROJECT FILE...`: add what the files hold to PROJECT, creating it when
 * missing; the same importers and warnings as `sortie info`. A project open in a Sortie
 * window is refused (its lock), and so is a run where no file could be read.
 */
int runImport( const QStringList &arguments, QTextStream &out, QTextStream &err );

/** `sortie sample PROJECT`: write the bundled sample project (refuses to overwrite). */
int runSample( const QStringList &arguments, QTextStream &out, QTextStream &err );

/**
 * `sortie export-pdf PROJECT OUT.pdf [--from ISO --to ISO] [--paper A4|A3]
 * [--orientation landscape|portrait] [--title TEXT] [--per-correlation] [--at ISO]
 * [--graticule]`: the briefing as a vector PDF (app/layout/briefing.h). The window
 * defaults to the one saved with the project.
 */
int runExportPdf( const QStringList &arguments, QTextStream &out, QTextStream &err );

/**
 * `sortie render PROJECT OUT.png [--at ISO] [--size WxH]`: the map alone, as the
 * workbench draws it at that time (default: the time saved with the project), over the
 * saved window and extent (app/map/mapimage.h).
 */
int runRender( const QStringList &arguments, QTextStream &out, QTextStream &err );

/** The bundled sample files, extracted into @p folder; their paths. */
QStringList extractSampleFiles( const QString &folder );

} // namespace sortie::cli
