#include "models/analysis/airbaseusage.h"

namespace sortie
{

QSet<int> airbasesInUse( const std::vector<FlightAnalysis> &analyses, const QVector<Event> &events,
                         const AirbaseIndex &airbases )
{
  QSet<int> used;
  auto add = [&used]( int index )
  {
    if ( index >= 0 )
      used.insert( index );
  };
  for ( const FlightAnalysis &analysis : analyses )
  {
    for ( const Leg &leg : analysis.legs )
    {
      add( leg.fromAirbase );
      add( leg.toAirbase );
    }
    for ( const Gap &gap : analysis.gaps )
    {
      add( gap.airbase );
      add( gap.nearestAirbase );
    }
    for ( const GroundStop &stop : analysis.groundStops )
      add( stop.airbase );
  }
  for ( const Event &event : events )
  {
    if ( !event.place.airbaseIcao.isEmpty() )
      add( airbases.findByIcao( event.place.airbaseIcao ) );
  }
  return used;
}

} // namespace sortie
