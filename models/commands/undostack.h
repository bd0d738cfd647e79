#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace sortie
{

/** One edit that can be undone and redone. */
class Command
{
  public:
    virtual ~Command() = default;
    /** Do (or redo) the edit. */
    virtual void redo() = 0;
    virtual void undo() = 0;
    /** What it does, for Edit > Undo "…": e.g. "add event “Summit”". */
    virtual QString text() const = 0;
    /**
     * Whether doing it would change anything: a command on an item that is not there (a delete
     * or edit of a missing id) would not, and UndoStack::push() refuses it, so that its undo
     * can never insert a blank item.
     */
    virtual bool changesAnything() const { return true; }
};

/**
 * Several commands as one undo step, done in order and undone in reverse; it owns them.
 * Deleting an event that correlations cite is one: the delete and the unlinking.
 */
class CompoundCommand : public Command
{
  public:
    CompoundCommand( QString text, std::vector<std::unique_ptr<Command>> commands );
    void redo() override;
    void undo() override;
    QString text() const override { return mText; }
    /** Anything of it changes something (the parts that would not are dropped when made). */
    bool changesAnything() const override { return !mCommands.empty(); }

  private:
    QString mText;
    std::vector<std::unique_ptr<Command>> mCommands;
};

/**
 * The edits made to a workspace, undoable in order. Every change an analyst makes goes
 * through here, so that each can be undone.
 *
 * Why not QUndoStack: it lives in QtWidgets in Qt 5 (QtGui in Qt 6), and the models layer
 * links Qt Core only. This is the part of it Sortie needs.
 */
class UndoStack : public QObject
{
    Q_OBJECT

  public:
    explicit UndoStack( QObject *parent = nullptr );
    ~UndoStack() override;

    /**
     * Do @p command and keep it for undo; anything undone before is dropped. Refused (not
     * done, not kept; returns false) when it would change nothing (Command::changesAnything()).
     */
    bool push( std::unique_ptr<Command> command );

    bool canUndo() const { return mIndex > 0; }
    bool canRedo() const { return mIndex < mCommands.size(); }
    QString undoText() const;
    QString redoText() const;
    /** Commands done and not undone. */
    std::size_t count() const { return mIndex; }

    /**
     * Whether the edits done are exactly those of the last setClean() (a save): the one source
     * of "modified". Undoing back to a save is clean again; a new edit after undoing past it
     * makes that state unreachable.
     */
    bool isClean() const { return mCleanIndex == static_cast<long long>( mIndex ); }
    /**
     * One state of the stack: the commands done when it was taken. Equal states are the same
     * edits, whatever was undone and redone in between; a state whose commands were dropped
     * (undone, then a new edit) never comes back.
     */
    struct State
    {
        std::uint64_t generation = 0; //!< clear() starts a new one.
        std::size_t index = 0;        //!< Commands done.
        std::uint64_t top = 0;        //!< Serial of the last command done; 0 for none.
        bool operator==( const State &other ) const
        {
          return generation == other.generation && index == other.index && top == other.top;
        }
    };
    /** The present state, e.g. when a save takes its snapshot. */
    State state() const;
    /** Mark the current state as saved. */
    void setClean();
    /**
     * Mark @p saved as saved: a save that took its snapshot at @p saved and finished after
     * more edits. Clean when the stack is (or returns) there; never clean again when that
     * state can no longer be reached.
     */
    void setClean( const State &saved );
    /** True while a command is being done or undone: its workspace changes are the stack's. */
    bool isApplying() const { return mApplying; }
    /** Whether an undo or redo (not a new command) is being applied now. */
    bool isReplaying() const { return mReplaying; }
    /**
     * While isReplaying(): the serial of the command undone or redone. Serials grow with each
     * command pushed, so a command was pushed after a moment if its serial is at least
     * nextSerial() of that moment (a team project tells an undo of an edit made before another
     * analyst's change from one made after it).
     */
    std::uint64_t replayedSerial() const { return mReplaying ? mReplayedSerial : 0; }
    /** The serial the next command pushed will have. */
    std::uint64_t nextSerial() const { return mNextSerial; }

  public slots:
    void undo();
    void redo();
    void clear();

  signals:
    /** Anything above changed: refresh menus. */
    void changed();
    /** isClean() changed. */
    void cleanChanged( bool clean );

  private:
    std::vector<std::unique_ptr<Command>> mCommands;
    std::vector<std::uint64_t> mSerials; // of mCommands, each unique in the stack's life
    std::uint64_t mNextSerial = 1;
    std::uint64_t mGeneration = 0;
    std::size_t mIndex = 0;    // commands [0, mIndex) are done
    long long mCleanIndex = 0; // mIndex at the last setClean(); -1 when no longer reachable
    bool mApplying = false;
    bool mReplaying = false;
    std::uint64_t mReplayedSerial = 0;

    void finishChange( bool wasClean );
};

} // namespace sortie
