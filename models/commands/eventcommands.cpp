#include "models/commands/eventcommands.h"

#include "models/workspace/workspace.h"

namespace sortie
{

namespace
{
QString quoted( const QString &title )
{
  return QStringLiteral( "“%1”" ).arg( title.size() > 40 ? title.left( 39 ) + QChar( 0x2026 ) : title );
}

class AddEventCommand : public Command
{
  public:
    AddEventCommand( Workspace &workspace, Event event )
      : mWorkspace( workspace )
      , mEvent( std::move( event ) )
    {
      mEvent.id = workspace.uniqueEventId(
          mEvent.id.isEmpty() ? mEvent.start.toString( QStringLiteral( "yyyy-MM-dd" ) ) : mEvent.id );
    }
    void redo() override { mWorkspace.insertEvent( mEvent, -1 ); }
    void undo() override { mWorkspace.removeEvent( mEvent.id ); }
    QString text() const override { return QObject::tr( "add event %1" ).arg( quoted( mEvent.title ) ); }

  private:
    Workspace &mWorkspace;
    Event mEvent;
};

class EditEventCommand : public Command
{
  public:
    EditEventCommand( Workspace &workspace, Event event )
      : mWorkspace( workspace )
      , mAfter( std::move( event ) )
    {
      const int index = workspace.eventIndex( mAfter.id );
      if ( index >= 0 )
        mBefore = workspace.events().at( index );
    }
    void redo() override { mWorkspace.replaceEvent( mAfter ); }
    void undo() override { mWorkspace.replaceEvent( mBefore ); }
    QString text() const override { return QObject::tr( "edit event %1" ).arg( quoted( mAfter.title ) ); }

  private:
    Workspace &mWorkspace;
    Event mBefore;
    Event mAfter;
};

class DeleteEventCommand : public Command
{
  public:
    DeleteEventCommand( Workspace &workspace, const QString &id )
      : mWorkspace( workspace )
    {
      mIndex = workspace.eventIndex( id );
      if ( mIndex >= 0 )
        mEvent = workspace.events().at( mIndex );
    }
    void redo() override { mWorkspace.removeEvent( mEvent.id ); }
    void undo() override { mWorkspace.insertEvent( mEvent, mIndex ); } // back where it was
    QString text() const override { return QObject::tr( "delete event %1" ).arg( quoted( mEvent.title ) ); }

  private:
    Workspace &mWorkspace;
    Event mEvent;
    int mIndex = -1;
};
} // namespace

std::unique_ptr<Command> makeAddEventCommand( Workspace &workspace, Event event )
{
  return std::make_unique<AddEventCommand>( workspace, std::move( event ) );
}

std::unique_ptr<Command> makeEditEventCommand( Workspace &workspace, Event event )
{
  return std::make_unique<EditEventCommand>( workspace, std::move( event ) );
}

std::unique_ptr<Command> makeDeleteEventCommand( Workspace &workspace, const QString &id )
{
  return std::make_unique<DeleteEventCommand>( workspace, id );
}

} // namespace sortie
