#include "models/domain/correlation.h"

#include <QObject>

namespace sortie
{

namespace
{
const QVector<QPair<Relation, QString>> &relationNames()
{
  static const QVector<QPair<Relation, QString>> names{
      { Relation::Follows, QStringLiteral( "follows" ) },
      { Relation::Precedes, QStringLiteral( "precedes" ) },
      { Relation::CoincidesWith, QStringLiteral( "coincides-with" ) },
      { Relation::CarriesDelegationFor, QStringLiteral( "carries-delegation-for" ) },
      { Relation::Other, QStringLiteral( "other" ) } };
  return names;
}

const QVector<QPair<Confidence, QString>> &confidenceNames()
{
  static const QVector<QPair<Confidence, QString>> names{
      { Confidence::Low, QStringLiteral( "low" ) },
      { Confidence::Moderate, QStringLiteral( "moderate" ) },
      { Confidence::High, QStringLiteral( "high" ) } };
  return names;
}

template <typename T>
std::optional<T> fromName( const QVector<QPair<T, QString>> &names, const QString &name )
{
  const QString wanted = name.trimmed()
                             .toLower()
                             .replace( QLatin1Char( ' ' ), QLatin1Char( '-' ) )
                             .replace( QLatin1Char( '_' ), QLatin1Char( '-' ) );
  for ( const auto &[value, spelling] : names )
  {
    if ( spelling == wanted )
      return value;
  }
  return std::nullopt;
}

template <typename T>
QString toName( const QVector<QPair<T, QString>> &names, T value )
{
  for ( const auto &[candidate, spelling] : names )
  {
    if ( candidate == value )
      return spelling;
  }
  return QString();
}
} // namespace

QString relationName( Relation relation )
{
  return toName( relationNames(), relation );
}

std::optional<Relation> relationFromName( const QString &name )
{
  return fromName( relationNames(), name );
}

QString relationText( Relation relation )
{
  switch ( relation )
  {
  case Relation::Follows:
    return QObject::tr( "follows" );
  case Relation::Precedes:
    return QObject::tr( "precedes" );
  case Relation::CoincidesWith:
    return QObject::tr( "coincides with" );
  case Relation::CarriesDelegationFor:
    return QObject::tr( "carries the delegation for" );
  case Relation::Other:
    break;
  }
  return QObject::tr( "other" );
}

QString confidenceName( Confidence confidence )
{
  return toName( confidenceNames(), confidence );
}

QString confidenceText( Confidence confidence )
{
  switch ( confidence )
  {
  case Confidence::Low:
    return QObject::tr( "low" );
  case Confidence::Moderate:
    break;
  case Confidence::High:
    return QObject::tr( "high" );
  }
  return QObject::tr( "moderate" );
}

std::optional<Confidence> confidenceFromName( const QString &name )
{
  return fromName( confidenceNames(), name );
}

bool Correlation::operator==( const Correlation &other ) const
{
  return id == other.id && flights == other.flights && eventIds == other.eventIds &&
         relation == other.relation && relationText == other.relationText && note == other.note &&
         confidence == other.confidence && likelihood == other.likelihood && sources == other.sources &&
         author == other.author && createdUtc == other.createdUtc && modifiedUtc == other.modifiedUtc &&
         example == other.example;
}

} // namespace sortie
