#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sortie::localisation
{

/** The languages of the interface, by ISO 639-1 code: English (the source) first. */
QStringList languages();

/** @p code's name in its own language ("English", "한국어", "Русский"). */
QString nativeName( const QString &code );

/** The QSettings key that keeps the language chosen in the window (View > Language). */
QString settingsKey();

/**
 * The language to show: @p requested (the command line's --language) when it is one of
 * languages(), else the saved setting, else the first of the system's UI languages
 * (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that Sortie has, else English. Needs the
 * application's identity set (the settings' place).
 */
QString chooseLanguage( const QString &requested );

/**
 * Where sortie_<code>.qm files are looked for, in order: $SORTIE_TRANSLATIONS_DIR, the
 * build tree beside the program (build/bin/../translations), the installed data folder
 * beside the program (bin/../share/sortie/translations) and the one it was built for.
 */
QStringList translationFolders();

/**
 * Install Sortie's translator for @p code and Qt's own (qtbase_<code>.qm) on the running
 * application. English installs nothing. Returns false, with the folders searched in
 * @p problem, when Sortie's translation was not found.
 */
bool installTranslators( const QString &code, QString *problem = nullptr );

/** The language installTranslators() was last given ("en" before). */
QString currentLanguage();

} // namespace sortie::localisation
