#include "models/commands/correlationcommands.h"

#include "models/commands/itemcommands.h"
#include "models/workspace/workspace.h"

namespace sortie
{

namespace
{
struct CorrelationTraits
{
    static QString noun() { return QObject::tr( "link" ); }
    static int index( const Workspace &w, const QString &id ) { return w.correlationIndex( id ); }
    static const Correlation &at( const Workspace &w, int i ) { return w.correlations().at( i ); }
    static QString label( const Correlation &c ) { return c.id; }
    static QString newId( const Workspace &w, const Correlation & ) { return w.newCorrelationId(); }
    static void insert( Workspace &w, const Correlation &c, int i ) { w.insertCorrelation( c, i ); }
    static void replace( Workspace &w, const Correlation &c ) { w.replaceCorrelation( c ); }
    static void remove( Workspace &w, const QString &id ) { w.removeCorrelation( id ); }
};

// Creation and modification times are the command's: set once, kept by undo and redo.
class AddCorrelation : public itemcommands::Add<CorrelationTraits, Correlation>
{
  public:
    AddCorrelation( Workspace &workspace, Correlation correlation )
      : Add( workspace, std::move( correlation ) )
    {
      const QDateTime now = QDateTime::currentDateTimeUtc();
      if ( !mItem.createdUtc.isValid() )
        mItem.createdUtc = now;
      mItem.modifiedUtc = now;
    }
};

class EditCorrelation : public itemcommands::Edit<CorrelationTraits, Correlation>
{
  public:
    EditCorrelation( Workspace &workspace, Correlation correlation )
      : Edit( workspace, std::move( correlation ) )
    {
      mAfter.modifiedUtc = QDateTime::currentDateTimeUtc();
    }
};

class DismissSuggestionCommand : public Command
{
  public:
    DismissSuggestionCommand( Workspace &workspace, const QString &key )
      : mWorkspace( workspace )
      , mKey( key )
      , mAlreadyDismissed( workspace.dismissedSuggestions().contains( key ) )
    {
    }
    void redo() override { mWorkspace.setSuggestionDismissed( mKey, true ); }
    void undo() override { mWorkspace.setSuggestionDismissed( mKey, false ); }
    QString text() const override { return QObject::tr( "dismiss suggestion" ); }
    // Dismissing what is dismissed changes nothing, and its undo would bring back a suggestion
    // dismissed earlier (found by the edit layer's property test).
    bool changesAnything() const override { return !mAlreadyDismissed; }

  private:
    Workspace &mWorkspace;
    QString mKey;
    bool mAlreadyDismissed = false;
};
} // namespace

std::unique_ptr<Command> makeAddCorrelationCommand( Workspace &workspace, Correlation correlation )
{
  return std::make_unique<AddCorrelation>( workspace, std::move( correlation ) );
}

std::unique_ptr<Command> makeEditCorrelationCommand( Workspace &workspace, Correlation correlation )
{
  return std::make_unique<EditCorrelation>( workspace, std::move( correlation ) );
}

std::unique_ptr<Command> makeDeleteCorrelationCommand( Workspace &workspace, const QString &id )
{
  return std::make_unique<itemcommands::Delete<CorrelationTraits, Correlation>>( workspace, id );
}

std::unique_ptr<Command> makeDismissSuggestionCommand( Workspace &workspace, const QString &key )
{
  return std::make_unique<DismissSuggestionCommand>( workspace, key );
}

std::unique_ptr<Command> unlinkingFirst( Workspace &workspace, std::unique_ptr<Command> remove,
                                         const QStringList &citing,
                                         const std::function<void( Correlation & )> &unlink )
{
  if ( citing.isEmpty() || !remove->changesAnything() )
    return remove;
  std::vector<std::unique_ptr<Command>> steps;
  for ( const QString &correlationId : citing )
  {
    Correlation unlinked = workspace.correlations().at( workspace.correlationIndex( correlationId ) );
    unlink( unlinked );
    steps.push_back( makeEditCorrelationCommand( workspace, unlinked ) );
  }
  const QString text =
      QObject::tr( "%1, unlinked from %n correlation(s)", nullptr, citing.size() ).arg( remove->text() );
  steps.push_back( std::move( remove ) );
  return std::make_unique<CompoundCommand>( text, std::move( steps ) );
}

} // namespace sortie
