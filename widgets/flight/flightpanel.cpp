#include "widgets/flight/flightpanel.h"

#include "widgets/flight/profileplot.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace sortie
{

FlightPanel::FlightPanel( TimeController *controller, QWidget *parent )
  : QWidget( parent )
{
  setObjectName( QStringLiteral( "flightPanel" ) );
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 2, 2, 2, 2 );
  mSummary = new QTextBrowser( this );
  mSummary->setObjectName( QStringLiteral( "flightSummary" ) );
  mSummary->setPlaceholderText( tr( "Select a leg on the timeline or the map to see its details." ) );
  layout->addWidget( mSummary, 1 );
  mPlot = new ProfilePlot( controller, this );
  layout->addWidget( mPlot, 1 );
}

void FlightPanel::showLeg( const LegDetails &details )
{
  mSummary->setHtml( legDetailsHtml( details ) );
  mPlot->setProfile( details.profile, details.interval );
}

void FlightPanel::clear()
{
  mSummary->clear();
  mPlot->setProfile( {}, {} );
}

} // namespace sortie
