#include "models/domain/airbasesearch.h"

#include <algorithm>
#include <limits>

namespace sortie
{

namespace
{
// How well a field matches, best first; None: not at all.
enum class MatchQuality
{
  Icao,
  Iata,
  CodePrefix,
  NamePrefix,
  WordPrefix,
  NameContains,
  None,
};

// Larger fields first; closed fields (weight 0: never a leg's end) last.
double sizeOrder( AirbaseKind kind )
{
  const double weight = airbaseKindWeight( kind );
  return weight > 0.0 ? weight : std::numeric_limits<double>::max();
}
} // namespace

AirbaseSearch::AirbaseSearch( AirbaseIndex airbases )
  : mAirbases( std::move( airbases ) )
{
  mFoldedNames.reserve( mAirbases.airbases().size() );
  for ( const Airbase &airbase : mAirbases.airbases() )
    mFoldedNames.append( fold( airbase.name ) );
}

QString AirbaseSearch::fold( const QString &text )
{
  // Compatibility decomposition splits "ã" into "a" and a combining tilde, which is dropped;
  // case folding (not lower case) makes "Straße" and "STRASSE" meet.
  const QString decomposed = text.normalized( QString::NormalizationForm_KD ).toCaseFolded();
  QString folded;
  folded.reserve( decomposed.size() );
  bool space = true; // no leading space
  for ( const QChar c : decomposed )
  {
    const QChar::Category category = c.category();
    if ( category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
         category == QChar::Mark_Enclosing )
      continue;
    if ( c.isLetterOrNumber() )
    {
      folded.append( c );
      space = false;
    }
    else if ( !space )
    {
      folded.append( QLatin1Char( ' ' ) );
      space = true;
    }
  }
  if ( folded.endsWith( QLatin1Char( ' ' ) ) )
    folded.chop( 1 );
  return folded;
}

QVector<int> AirbaseSearch::find( const QString &query, int limit ) const
{
  const QString folded = fold( query );
  if ( folded.isEmpty() || limit <= 0 )
    return {};
  const QString code = query.trimmed().toUpper();
  const QString wordStart = QLatin1Char( ' ' ) + folded;
  struct Candidate
  {
      MatchQuality quality;
      double size;
      int index;
  };
  QVector<Candidate> candidates;
  const QVector<Airbase> &airbases = mAirbases.airbases();
  for ( int i = 0; i < airbases.size(); ++i )
  {
    const Airbase &airbase = airbases.at( i );
    const QString &name = mFoldedNames.at( i );
    MatchQuality quality = MatchQuality::None;
    if ( !airbase.icao.isEmpty() && airbase.icao.compare( code, Qt::CaseInsensitive ) == 0 )
      quality = MatchQuality::Icao;
    else if ( !airbase.iata.isEmpty() && airbase.iata.compare( code, Qt::CaseInsensitive ) == 0 )
      quality = MatchQuality::Iata;
    else if ( airbase.icao.startsWith( code, Qt::CaseInsensitive ) ||
              ( !airbase.iata.isEmpty() && airbase.iata.startsWith( code, Qt::CaseInsensitive ) ) )
      quality = MatchQuality::CodePrefix;
    else if ( name.startsWith( folded ) )
      quality = MatchQuality::NamePrefix;
    else if ( name.contains( wordStart ) )
      quality = MatchQuality::WordPrefix;
    else if ( name.contains( folded ) )
      quality = MatchQuality::NameContains;
    if ( quality != MatchQuality::None )
      candidates.append( { quality, sizeOrder( airbase.kind ), i } );
  }
  const auto better = [this]( const Candidate &a, const Candidate &b )
  {
    // Codes are precise: by how they match. Names are not ("sunan" is a word of the
    // airport's name and the first word of a strip's): the larger field first.
    const auto group = []( MatchQuality quality ) { return std::min( quality, MatchQuality::NamePrefix ); };
    if ( group( a.quality ) != group( b.quality ) )
      return group( a.quality ) < group( b.quality );
    if ( a.size != b.size )
      return a.size < b.size;
    if ( a.quality != b.quality )
      return a.quality < b.quality;
    const int byName = mFoldedNames.at( a.index ).compare( mFoldedNames.at( b.index ) );
    return byName != 0 ? byName < 0 : a.index < b.index;
  };
  const int kept = std::min( limit, static_cast<int>( candidates.size() ) );
  std::partial_sort( candidates.begin(), candidates.begin() + kept, candidates.end(), better );
  QVector<int> found;
  found.reserve( kept );
  for ( int i = 0; i < kept; ++i )
    found.append( candidates.at( i ).index );
  return found;
}

} // namespace sortie
