#include "models/commands/eventcommands.h"

#include "models/commands/correlationcommands.h"
#include "models/commands/itemcommands.h"
#include "models/workspace/workspace.h"

#include <QUuid>

namespace sortie
{

namespace
{
struct EventTraits
{
    static QString noun() { return QObject::tr( "event" ); }
    // Events are named by their title, shortened, since their ids are made for files, not people.
    static QString label( const Event &e )
    {
      const QString &title = e.title;
      return QStringLiteral( "“%1”" ).arg( title.size() > 40 ? title.left( 39 ) + QChar( 0x2026 ) : title );
    }
    static int index( const Workspace &w, const QString &id ) { return w.eventIndex( id ); }
    static const Event &at( const Workspace &w, int i ) { return w.events().at( i ); }
    // A taken id gets a suffix; an event without one is named by its start date, and in a team
    // project by a random tail as well: two analysts adding an event on one day make two ids.
    static QString newId( const Workspace &w, const Event &e )
    {
      if ( !e.id.isEmpty() )
        return w.uniqueEventId( e.id );
      QString base = e.start.toString( QStringLiteral( "yyyy-MM-dd" ) );
      if ( w.sharesIdsWithOthers() )
        base += QLatin1Char( '-' ) + QUuid::createUuid().toString( QUuid::Id128 ).left( 8 );
      return w.uniqueEventId( base );
    }
    static void insert( Workspace &w, const Event &e, int i ) { w.insertEvent( e, i ); }
    static void replace( Workspace &w, const Event &e ) { w.replaceEvent( e ); }
    static void remove( Workspace &w, const QString &id ) { w.removeEvent( id ); }
};
} // namespace

std::unique_ptr<Command> makeAddEventCommand( Workspace &workspace, Event event )
{
  return std::make_unique<itemcommands::Add<EventTraits, Event>>( workspace, std::move( event ) );
}

std::unique_ptr<Command> makeEditEventCommand( Workspace &workspace, Event event )
{
  return std::make_unique<itemcommands::Edit<EventTraits, Event>>( workspace, std::move( event ) );
}

QStringList correlationsCitingEvent( const Workspace &workspace, const QString &id )
{
  QStringList citing;
  for ( const Correlation &correlation : workspace.correlations() )
  {
    if ( correlation.eventIds.contains( id ) )
      citing.append( correlation.id );
  }
  return citing;
}

std::unique_ptr<Command> makeDeleteEventCommand( Workspace &workspace, const QString &id )
{
  return unlinkingFirst( workspace,
                         std::make_unique<itemcommands::Delete<EventTraits, Event>>( workspace, id ),
                         correlationsCitingEvent( workspace, id ),
                         [&id]( Correlation &correlation ) { correlation.eventIds.removeAll( id ); } );
}

} // namespace sortie
