#include "models/refdata/referenceairports.h"

#include "models/analysis/airbaseusage.h"
#include "models/analysis/flightanalysis.h"
#include "models/io/importer.h"

#include <QFile>

#include <algorithm>

namespace sortie
{

ReferenceAirports::ReferenceAirports( QString path )
  : mPath( std::move( path ) )
{
}

std::shared_ptr<const AirbaseIndex> ReferenceAirports::index() const
{
  std::call_once( mRead,
                  [this]
                  {
                    QVector<Airbase> airbases;
                    if ( QFile::exists( mPath ) )
                      airbases = ImporterRegistry::standard().importFile( mPath ).airbases;
                    mIndex = std::make_shared<const AirbaseIndex>( std::move( airbases ) );
                  } );
  return mIndex;
}

QVector<Airbase> airportsUsedBy( const std::vector<Track> &tracks, const AirbaseIndex &airports )
{
  if ( airports.isEmpty() )
    return {};
  std::vector<FlightAnalysis> analyses;
  analyses.reserve( tracks.size() );
  for ( const Track &track : tracks )
    analyses.push_back( analyseFlights( track, airports ) );
  QList<int> used = airbasesInUse( analyses, {}, airports ).values();
  std::sort( used.begin(), used.end() ); // in the file's order, whatever the hashing
  QVector<Airbase> result;
  for ( const int index : std::as_const( used ) )
    result.append( airports.airbases().at( index ) );
  return result;
}

} // namespace sortie
