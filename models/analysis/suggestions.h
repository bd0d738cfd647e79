#pragma once

#include "models/domain/correlation.h"

#include <QStringList>
#include <QVector>

namespace sortie
{
class Workspace;

/** How wide suggestions look. */
struct SuggestionSettings
{
    int days = 14;                         //!< A leg within this many days of the event.
    double placeRadiusMetres = 50000.0;    //!< An airbase this close to the event's place is its field.
    double countryRadiusMetres = 400000.0; //!< The event's country: that of the nearest airbase this close.
};

/** A candidate pair for the analyst to judge: nothing is linked until they do. */
struct Suggestion
{
    QString eventId;
    FlightRef flight;
    QString key;     //!< Stable: what a dismissal remembers ("event|track|take-off ms").
    QStringList why; //!< What makes it a candidate, then the pair's facts.
};

/**
 * Event and leg pairs worth a look: a leg that takes off or lands at the event's airfield
 * (its airbase, or the nearest within the place radius), or in the event's country (the
 * country of the nearest airbase within the country radius: a flight to Pyongyang after
 * Kim's visits in Russia), within the chosen days before the event began or after it
 * ended. Pairs already linked by a correlation and dismissed ones are left out. Nearest
 * events first.
 */
QVector<Suggestion> suggestCorrelations( const Workspace &workspace,
                                         const SuggestionSettings &settings = SuggestionSettings() );

} // namespace sortie
