#include "models/commands/undostack.h"

namespace sortie
{

namespace
{
// Sets a flag for the scope of one command's redo or undo.
class Applying
{
  public:
    explicit Applying( bool &flag )
      : mFlag( flag )
    {
      mFlag = true;
    }
    ~Applying() { mFlag = false; }
    Applying( const Applying & ) = delete;
    Applying &operator=( const Applying & ) = delete;

  private:
    bool &mFlag;
};
} // namespace

CompoundCommand::CompoundCommand( QString text, std::vector<std::unique_ptr<Command>> commands )
  : mText( std::move( text ) )
{
  for ( std::unique_ptr<Command> &command : commands )
  {
    if ( command && command->changesAnything() )
      mCommands.push_back( std::move( command ) );
  }
}

void CompoundCommand::redo()
{
  for ( const std::unique_ptr<Command> &command : mCommands )
    command->redo();
}

void CompoundCommand::undo()
{
  for ( auto it = mCommands.rbegin(); it != mCommands.rend(); ++it )
    ( *it )->undo();
}

UndoStack::UndoStack( QObject *parent )
  : QObject( parent )
{
}

UndoStack::~UndoStack() = default;

bool UndoStack::push( std::unique_ptr<Command> command )
{
  if ( !command || !command->changesAnything() )
    return false;
  const bool wasClean = isClean();
  {
    const Applying applying( mApplying );
    command->redo();
  }
  if ( mCleanIndex > static_cast<long long>( mIndex ) )
    mCleanIndex = -1;         // the saved state was among the undone commands now dropped
  mCommands.resize( mIndex ); // a new edit forgets what was undone
  mSerials.resize( mIndex );
  mCommands.push_back( std::move( command ) );
  mSerials.push_back( mNextSerial++ );
  mIndex = mCommands.size();
  finishChange( wasClean );
  return true;
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
  const bool wasClean = isClean();
  {
    const Applying applying( mApplying );
    const Applying replaying( mReplaying );
    --mIndex;
    mReplayedSerial = mSerials[mIndex];
    mCommands[mIndex]->undo();
  }
  finishChange( wasClean );
}

void UndoStack::redo()
{
  if ( !canRedo() )
    return;
  const bool wasClean = isClean();
  {
    const Applying applying( mApplying );
    const Applying replaying( mReplaying );
    mReplayedSerial = mSerials[mIndex];
    mCommands[mIndex++]->redo();
  }
  finishChange( wasClean );
}

void UndoStack::clear()
{
  const bool wasClean = isClean();
  mCommands.clear();
  mSerials.clear();
  ++mGeneration;
  mIndex = 0;
  mCleanIndex = 0;
  finishChange( wasClean );
}

void UndoStack::setClean()
{
  const bool wasClean = isClean();
  mCleanIndex = static_cast<long long>( mIndex );
  if ( !wasClean )
    emit cleanChanged( true );
}

UndoStack::State UndoStack::state() const
{
  return { mGeneration, mIndex, mIndex > 0 ? mSerials[mIndex - 1] : 0 };
}

void UndoStack::setClean( const State &saved )
{
  const bool wasClean = isClean();
  const bool reachable = saved.generation == mGeneration && saved.index <= mSerials.size() &&
                         ( saved.index == 0 || mSerials[saved.index - 1] == saved.top );
  mCleanIndex = reachable ? static_cast<long long>( saved.index ) : -1;
  if ( wasClean != isClean() )
    emit cleanChanged( isClean() );
}

void UndoStack::finishChange( bool wasClean )
{
  emit changed();
  if ( wasClean != isClean() )
    emit cleanChanged( isClean() );
}

} // namespace sortie
