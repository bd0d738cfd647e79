#include "models/commands/undostack.h"

namespace sortie
{

UndoStack::UndoStack( QObject *parent )
  : QObject( parent )
{
}

UndoStack::~UndoStack() = default;

void UndoStack::push( std::unique_ptr<Command> command )
{
  command->redo();
  mCommands.resize( mIndex ); // a new edit forgets what was undone
  mCommands.push_back( std::move( command ) );
  mIndex = mCommands.size();
  emit changed();
}

QString UndoStack::undoText() const
{
  return canUndo() ? mCommands[mIndex - 1]->text() : QString();
}

QString UndoStack::redoText() const
{
  return canRedo() ? mCommands[mIndex]->text() : QString();
}

void UndoStack::undo()
{
  if ( !canUndo() )
    return;
  mCommands[--mIndex]->undo();
  emit changed();
}

void UndoStack::redo()
{
  if ( !canRedo() )
    return;
  mCommands[mIndex++]->redo();
  emit changed();
}

void UndoStack::clear()
{
  mCommands.clear();
  mIndex = 0;
  emit changed();
}

} // namespace sortie
