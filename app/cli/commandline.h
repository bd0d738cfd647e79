#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace sortie::cli
{

/** Exit status of every Sortie command, documented in `sortie --help`. */
enum ExitCode : int
{
  Success = 0,  //!< Did what was asked.
  BadInput = 1, //!< The input could not be read or used; the reason is on stderr.
  BadUsage = 2, //!< The command line itself was wrong; a hint is on stderr.
};

/** One `sortie COMMAND` with its synopsis, as listed in the help text. */
struct Subcommand
{
    QString name;        //!< e.g. "info".
    QString synopsis;    //!< Arguments after the name, e.g. "FILE... [--json]".
    const char *summary; //!< One line on what it does, in English (translate in context "sortie::cli").
    bool available;      //!< False while it is listed but not built yet.
};

/** Every subcommand Sortie knows, in help order. */
const QVector<Subcommand> &subcommands();

/** What the command line asks for, decided before any Qt application exists. */
struct Invocation
{
    enum class Action
    {
      OpenGui,       //!< Open the workbench window.
      ShowHelp,      //!< Print helpText() on stdout, exit 0.
      ShowVersion,   //!< Print the version report on stdout, exit 0.
      RunSubcommand, //!< Run `subcommand` with `subcommandArguments`.
      UsageError,    //!< Print `error` on stderr, exit BadUsage.
    };

    Action action = Action::OpenGui;
    QString screenshotPath; //!< OpenGui: save a PNG of the window once the map is drawn, then quit.
    QStringList files;      //!< OpenGui: files to import into the workbench.
    QString time;       //!< OpenGui: the UTC moment to open at (ISO 8601), empty for the start of the data.
    QString subcommand; //!< RunSubcommand: its name.
    QStringList subcommandArguments; //!< RunSubcommand: everything after its name, unparsed.
    QString error;                   //!< UsageError: one line saying what is wrong.
    QString language; //!< --language: the interface's language code (en, ko, ru), empty for the default.
};

/**
 * Parse @p arguments (argv including the program name). Pure: no I/O, no Qt
 * application needed, so `--help` and `--version` work without a display.
 */
Invocation parse( const QStringList &arguments );

/** The full `sortie --help` text, ending with a newline. */
QString helpText();

} // namespace sortie::cli
