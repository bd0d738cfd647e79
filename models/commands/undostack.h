#pragma once

#include <QObject>
#include <QString>

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

    /** Do @p command and keep it for undo; anything undone before is dropped. */
    void push( std::unique_ptr<Command> command );

    bool canUndo() const { return mIndex > 0; }
    bool canRedo() const { return mIndex < mCommands.size(); }
    QString undoText() const;
    QString redoText() const;
    /** Commands done and not undone. */
    std::size_t count() const { return mIndex; }

  public slots:
    void undo();
    void redo();
    void clear();

  signals:
    /** Anything above changed: refresh menus. */
    void changed();

  private:
    std::vector<std::unique_ptr<Command>> mCommands;
    std::size_t mIndex = 0; // commands [0, mIndex) are done
};

} // namespace sortie
