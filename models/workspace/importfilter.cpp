#include "models/workspace/importfilter.h"

#include "models/refdata/aircraftdatabase.h"

#include <QObject>
#include <QRegularExpression>

#include <algorithm>

namespace sortie
{

namespace
{
bool isAddress( const QString &word )
{
  static const QRegularExpression hex( QStringLiteral( "^[0-9a-fA-F]{6}$" ) );
  return hex.match( word ).hasMatch();
}

QStringList sorted( const QSet<QString> &set )
{
  QStringList list( set.begin(), set.end() );
  list.sort();
  return list;
}
} // namespace

ImportFilter ImportFilter::parse( const QString &text, QString *error )
{
  ImportFilter filter;
  static const QRegularExpression separators( QStringLiteral( "[\\s,;]+" ) );
  for ( const QString &word : text.split( separators, Qt::SkipEmptyParts ) )
  {
    const QString lower = word.toLower();
    if ( lower == QLatin1String( "military" ) || lower == QLatin1String( "mil" ) )
      filter.militaryOnly = true;
    else if ( lower.startsWith( QLatin1String( "type:" ) ) && word.size() > 5 )
      filter.types.insert( word.mid( 5 ).toUpper() );
    else if ( lower.startsWith( QLatin1String( "reg:" ) ) && word.size() > 4 )
      filter.registrations.insert( word.mid( 4 ).toUpper() );
    else if ( lower.startsWith( QLatin1String( "icao:" ) ) && isAddress( word.mid( 5 ) ) )
      filter.icao24s.insert( word.mid( 5 ).toLower() );
    else if ( isAddress( word ) )
      filter.icao24s.insert( lower );
    // A registration has a digit or a dash (RA-86559, N899DN, 05-5140): a bare word without
    // either is more likely a misspelt keyword ("militray") than an aircraft, and would keep
    // nothing.
    else if ( !word.contains( QLatin1Char( ':' ) ) &&
              std::any_of( word.begin(), word.end(),
                           []( QChar c ) { return c.isDigit() || c == QLatin1Char( '-' ); } ) )
      filter.registrations.insert( word.toUpper() );
    else if ( error )
      *error = QObject::tr( "'%1' is neither an ICAO address, a registration (reg:), a type (type:) nor "
                            "'military'" )
                   .arg( word );
  }
  return filter;
}

bool ImportFilter::accepts( const AircraftIdentity &identity, const AircraftDatabase *database ) const
{
  if ( isEmpty() )
    return true;
  // What the file left unsaid, from the database, as the workspace would fill it.
  AircraftIdentity known = identity;
  if ( database )
    database->fill( known );
  if ( ( !icao24s.isEmpty() || !registrations.isEmpty() ) && !icao24s.contains( known.icao24.toLower() ) &&
       !( !known.registration.isEmpty() && registrations.contains( known.registration.toUpper() ) ) )
    return false;
  if ( !types.isEmpty() && !types.contains( known.aircraftType.toUpper() ) )
    return false;
  return !militaryOnly || known.military;
}

QString ImportFilter::text() const
{
  QStringList words = sorted( icao24s );
  for ( const QString &registration : sorted( registrations ) )
    words << QStringLiteral( "reg:" ) + registration;
  for ( const QString &type : sorted( types ) )
    words << QStringLiteral( "type:" ) + type;
  if ( militaryOnly )
    words << QStringLiteral( "military" );
  return words.join( QLatin1Char( ' ' ) );
}

} // namespace sortie
