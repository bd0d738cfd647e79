#include "models/commands/correlationcommands.h"

#include "models/workspace/workspace.h"

namespace sortie
{

namespace
{
class AddCorrelationCommand : public Command
{
  public:
    AddCorrelationCommand( Workspace &workspace, Correlation correlation )
      : mWorkspace( workspace )
      , mCorrelation( std::move( correlation ) )
    {
      if ( mCorrelation.id.isEmpty() || workspace.correlationIndex( mCorrelation.id ) >= 0 )
        mCorrelation.id = workspace.newCorrelationId();
      const QDateTime now = QDateTime::currentDateTimeUtc();
      if ( !mCorrelation.createdUtc.isValid() )
        mCorrelation.createdUtc = now;
      mCorrelation.modifiedUtc = now;
    }
    void redo() override { mWorkspace.insertCorrelation( mCorrelation, -1 ); }
    void undo() override { mWorkspace.removeCorrelation( mCorrelation.id ); }
    QString text() const override { return QObject::tr( "link %1" ).arg( mCorrelation.id ); }

  private:
    Workspace &mWorkspace;
    Correlation mCorrelation;
};

class EditCorrelationCommand : public Command
{
  public:
    EditCorrelationCommand( Workspace &workspace, Correlation correlation )
      : mWorkspace( workspace )
      , mAfter( std::move( correlation ) )
    {
      const int index = workspace.correlationIndex( mAfter.id );
      if ( index >= 0 )
        mBefore = workspace.correlations().at( index );
      mAfter.modifiedUtc = QDateTime::currentDateTimeUtc();
    }
    void redo() override { mWorkspace.replaceCorrelation( mAfter ); }
    void undo() override { mWorkspace.replaceCorrelation( mBefore ); }
    QString text() const override { return QObject::tr( "edit link %1" ).arg( mAfter.id ); }

  private:
    Workspace &mWorkspace;
    Correlation mBefore;
    Correlation mAfter;
};

class DeleteCorrelationCommand : public Command
{
  public:
    DeleteCorrelationCommand( Workspace &workspace, const QString &id )
      : mWorkspace( workspace )
      , mIndex( workspace.correlationIndex( id ) )
    {
      if ( mIndex >= 0 )
        mCorrelation = workspace.correlations().at( mIndex );
    }
    void redo() override { mWorkspace.removeCorrelation( mCorrelation.id ); }
    void undo() override { mWorkspace.insertCorrelation( mCorrelation, mIndex ); }
    QString text() const override { return QObject::tr( "delete link %1" ).arg( mCorrelation.id ); }

  private:
    Workspace &mWorkspace;
    int mIndex = -1;
    Correlation mCorrelation;
};

class DismissSuggestionCommand : public Command
{
  public:
    DismissSuggestionCommand( Workspace &workspace, const QString &key )
      : mWorkspace( workspace )
      , mKey( key )
    {
    }
    void redo() override { mWorkspace.setSuggestionDismissed( mKey, true ); }
    void undo() override { mWorkspace.setSuggestionDismissed( mKey, false ); }
    QString text() const override { return QObject::tr( "dismiss suggestion" ); }

  private:
    Workspace &mWorkspace;
    QString mKey;
};
} // namespace

std::unique_ptr<Command> makeAddCorrelationCommand( Workspace &workspace, Correlation correlation )
{
  return std::make_unique<AddCorrelationCommand>( workspace, std::move( correlation ) );
}

std::unique_ptr<Command> makeEditCorrelationCommand( Workspace &workspace, Correlation correlation )
{
  return std::make_unique<EditCorrelationCommand>( workspace, std::move( correlation ) );
}

std::unique_ptr<Command> makeDeleteCorrelationCommand( Workspace &workspace, const QString &id )
{
  return std::make_unique<DeleteCorrelationCommand>( workspace, id );
}

std::unique_ptr<Command> makeDismissSuggestionCommand( Workspace &workspace, const QString &key )
{
  return std::make_unique<DismissSuggestionCommand>( workspace, key );
}

} // namespace sortie
