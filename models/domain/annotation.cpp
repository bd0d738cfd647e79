#include "models/domain/annotation.h"

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
