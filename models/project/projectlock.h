#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace sortie
{

/**
 * One Sortie at a time writes a project: a lock file beside it (".NAME.lock", hidden),
 * held while a window has the project open or a command writes it. Another Sortie finds
 * it locked and opens the project read-only.
 *
 * A lock left by a Sortie that crashed on the same machine is taken over (Qt's QLockFile
 * sees that its process is gone); one from another machine on a shared drive stays until
 * removed, which refusal() says.
 */
class ProjectLock
{
  public:
    explicit ProjectLock( const QString &projectPath );
    ~ProjectLock();
    ProjectLock( const ProjectLock & ) = delete;
    ProjectLock &operator=( const ProjectLock & ) = delete;

    /** Take the lock without waiting. */
    bool tryLock();
    /** Why tryLock() failed, for a person. */
    QString refusal() const { return mRefusal; }

    static QString lockPathFor( const QString &projectPath );

  private:
    QString mProjectPath;
    std::unique_ptr<QLockFile> mLock;
    QString mRefusal;
};

} // namespace sortie
