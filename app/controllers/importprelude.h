#pragma once

#include <QStringList>

#include <functional>

namespace sortie
{

/**
 * A step an import takes before its files are added to the window: an editor's team project
 * first merges the Sortie project files among them into the team (TeamFollower), so that what
 * the window then merges by identity is what the team holds. ImportController asks for it at
 * each import.
 */
class ImportPrelude
{
  public:
    virtual ~ImportPrelude() = default;
    /**
     * Begin the step for @p paths, in the background; false when none of them is for it (nothing
     * begun). When it is done, @p then is called on the window's thread (not when the prelude is
     * destroyed first).
     */
    virtual bool beginImport( const QStringList &paths, std::function<void()> then ) = 0;
    /** Block until the step begun is done, and call its then (scripts, tests). */
    virtual void waitForImportStep() = 0;
    /** The import that followed the step is in the window, or was cancelled. */
    virtual void importEnded( bool cancelled ) = 0;
};

} // namespace sortie
