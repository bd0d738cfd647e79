#include "models/domain/annotation.h"

#include <QObject>

namespace sortie
{

namespace
{
const QVector<QPair<Annotation::Kind, QString>> &kindNames()
{
  static const QVector<QPair<Annotation::Kind, QString>> names{
      { Annotation::Kind::Callout, QStringLiteral( "callout" ) },
      { Annotation::Kind::Marker, QStringLiteral( "marker" ) },
      { Annotation::Kind::Arrow, QStringLiteral( "arrow" ) },
      { Annotation::Kind::Area, QStringLiteral( "area" ) } };
  return names;
}
} // namespace

QString annotationKindName( Annotation::Kind kind )
{
  for ( const auto &[value, name] : kindNames() )
  {
    if ( value == kind )
      return name;
  }
  return QString();
}

QString annotationKindText( Annotation::Kind kind )
{
  switch ( kind )
  {
  case Annotation::Kind::Callout:
    return QObject::tr( "callout" );
  case Annotation::Kind::Marker:
    return QObject::tr( "marker" );
  case Annotation::Kind::Arrow:
    return QObject::tr( "arrow" );
  case Annotation::Kind::Area:
    break;
  }
  return QObject::tr( "area" );
}

std::optional<Annotation::Kind> annotationKindFromName( const QString &name )
{
  for ( const auto &[value, spelling] : kindNames() )
  {
    if ( spelling == name.trimmed().toLower() )
      return value;
  }
  return std::nullopt;
}

} // namespace sortie
