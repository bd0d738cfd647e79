#pragma once

// Add, edit and delete commands for the workspace's lists of items (events,
// correlations, annotations), written once. Each list gives Traits:
//   static QString noun();                         // "event", "link", "annotation"
//   static QString label( const Item & );          // how the undo text names the item
//   static int index( const Workspace &, const QString &id );
//   static const Item &at( const Workspace &, int index );
//   static QString newId( const Workspace &, const Item & ); // for an item without a free id
//   static void insert( Workspace &, const Item &, int index );
//   static void replace( Workspace &, const Item & );
//   static void remove( Workspace &, const QString &id );
// Internal to models/commands.

#include "models/commands/undostack.h"

namespace sortie::itemcommands
{

template <typename Traits, typename Item>
class Add : public Command
{
  public:
    Add( Workspace &workspace, Item item )
      : mWorkspace( workspace )
      , mItem( std::move( item ) )
    {
      if ( mItem.id.isEmpty() || Traits::index( workspace, mItem.id ) >= 0 )
        mItem.id = Traits::newId( workspace, mItem );
    }
    void redo() override { Traits::insert( mWorkspace, mItem, -1 ); }
    void undo() override { Traits::remove( mWorkspace, mItem.id ); }
    QString text() const override
    {
      return QObject::tr( "add %1 %2" ).arg( Traits::noun(), Traits::label( mItem ) );
    }

  protected:
    Workspace &mWorkspace;
    Item mItem;
};

template <typename Traits, typename Item>
class Edit : public Command
{
  public:
    Edit( Workspace &workspace, Item item )
      : mWorkspace( workspace )
      , mAfter( std::move( item ) )
    {
      const int index = Traits::index( workspace, mAfter.id );
      mFound = index >= 0;
      if ( mFound )
        mBefore = Traits::at( workspace, index );
    }
    void redo() override { Traits::replace( mWorkspace, mAfter ); }
    void undo() override { Traits::replace( mWorkspace, mBefore ); }
    QString text() const override
    {
      return QObject::tr( "edit %1 %2" ).arg( Traits::noun(), Traits::label( mAfter ) );
    }
    /** An edit of an item that is not there changes nothing (its undo would write a blank). */
    bool changesAnything() const override { return mFound; }

  protected:
    Workspace &mWorkspace;
    Item mBefore;
    Item mAfter;
    bool mFound = false;
};

template <typename Traits, typename Item>
class Delete : public Command
{
  public:
    Delete( Workspace &workspace, const QString &id )
      : mWorkspace( workspace )
      , mIndex( Traits::index( workspace, id ) )
    {
      if ( mIndex >= 0 )
        mItem = Traits::at( workspace, mIndex );
    }
    void redo() override { Traits::remove( mWorkspace, mItem.id ); }
    void undo() override { Traits::insert( mWorkspace, mItem, mIndex ); } // back where it was
    QString text() const override
    {
      return QObject::tr( "delete %1 %2" ).arg( Traits::noun(), Traits::label( mItem ) );
    }
    /** A delete of a missing id changes nothing; its undo would insert a blank item. */
    bool changesAnything() const override { return mIndex >= 0; }

  private:
    Workspace &mWorkspace;
    int mIndex = -1;
    Item mItem;
};

} // namespace sortie::itemcommands
