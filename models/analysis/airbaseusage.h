#pragma once

#include "models/analysis/flightanalysis.h"
#include "models/domain/event.h"

#include <QSet>
#include <QVector>

#include <vector>

namespace sortie
{

/**
 * Indices into @p airbases of the fields the data names: leg ends, inferred ground stops,
 * where tracking was left, and events' airbases. The map always draws and labels these,
 * whatever the scale and kind (a flight into a heliport still shows its heliport).
 */
QSet<int> airbasesInUse( const std::vector<FlightAnalysis> &analyses, const QVector<Event> &events,
                         const AirbaseIndex &airbases );

} // namespace sortie
