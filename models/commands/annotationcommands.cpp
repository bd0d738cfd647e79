#include "models/commands/annotationcommands.h"

#include "models/commands/itemcommands.h"
#include "models/workspace/workspace.h"

namespace sortie
{

namespace
{
struct AnnotationTraits
{
    static QString noun() { return QObject::tr( "annotation" ); }
    static int index( const Workspace &w, const QString &id ) { return w.annotationIndex( id ); }
    static const Annotation &at( const Workspace &w, int i ) { return w.annotations().at( i ); }
    static QString label( const Annotation &a ) { return a.id; }
    static QString newId( const Workspace &w, const Annotation & ) { return w.newAnnotationId(); }
    static void insert( Workspace &w, const Annotation &a, int i ) { w.insertAnnotation( a, i ); }
    static void replace( Workspace &w, const Annotation &a ) { w.replaceAnnotation( a ); }
    static void remove( Workspace &w, const QString &id ) { w.removeAnnotation( id ); }
};
} // namespace

std::unique_ptr<Command> makeAddAnnotationCommand( Workspace &workspace, Annotation annotation )
{
  return std::make_unique<itemcommands::Add<AnnotationTraits, Annotation>>( workspace,
                                                                            std::move( annotation ) );
}

std::unique_ptr<Command> makeEditAnnotationCommand( Workspace &workspace, Annotation annotation )
{
  return std::make_unique<itemcommands::Edit<AnnotationTraits, Annotation>>( workspace,
                                                                             std::move( annotation ) );
}

std::unique_ptr<Command> makeDeleteAnnotationCommand( Workspace &workspace, const QString &id )
{
  return std::make_unique<itemcommands::Delete<AnnotationTraits, Annotation>>( workspace, id );
}

} // namespace sortie
