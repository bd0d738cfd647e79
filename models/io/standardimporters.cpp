#include "models/io/airbasecsvimporter.h"
#include "models/io/aircraftjsonimporter.h"
#include "models/io/eventimporters.h"
#include "models/io/fr24csvimporter.h"
#include "models/io/fr24granularimporter.h"
#include "models/io/geojsonimporter.h"
#include "models/io/geopackageimporter.h"
#include "models/io/gpximporter.h"
#include "models/io/icalendarimporter.h"
#include "models/io/importer.h"
#include "models/io/kmlimporter.h"
#include "models/io/openskycsvimporter.h"
#include "models/io/readsbtraceimporter.h"

namespace sortie
{

// The suffix/sniff table: every importer is asked how sure it is (ImporterRegistry::choose).
ImporterRegistry ImporterRegistry::standard()
{
  ImporterRegistry registry;
  registry.add( std::make_unique<Fr24CsvImporter>() );
  registry.add( std::make_unique<Fr24GranularCsvImporter>() );
  registry.add( std::make_unique<OpenSkyCsvImporter>() );
  registry.add( std::make_unique<ReadsbTraceImporter>() );
  registry.add( std::make_unique<AircraftJsonImporter>() );
  registry.add( std::make_unique<KmlImporter>() );
  registry.add( std::make_unique<GpxImporter>() );
  registry.add( std::make_unique<GeoJsonImporter>() );
  registry.add( std::make_unique<GeoPackageImporter>() );
  registry.add( std::make_unique<OurAirportsImporter>() );
  registry.add( std::make_unique<AirbaseCsvImporter>() );
  registry.add( std::make_unique<EventJsonImporter>() );
  registry.add( std::make_unique<EventCsvImporter>() );
  registry.add( std::make_unique<ICalendarImporter>() );
  return registry;
}

} // namespace sortie
