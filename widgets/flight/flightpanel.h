#pragma once

#include "widgets/flight/legdetails.h"

#include <QWidget>

class QTextBrowser;

namespace sortie
{

class ProfilePlot;
class TimeController;

/** The flight details dock: a leg's route, times, distance, gaps and ground stops, and its profile. */
class FlightPanel : public QWidget
{
    Q_OBJECT

  public:
    explicit FlightPanel( TimeController *controller, QWidget *parent = nullptr );

    void showLeg( const LegDetails &details );
    void clear();

    QTextBrowser *summary() const { return mSummary; }
    ProfilePlot *plot() const { return mPlot; }

  private:
    QTextBrowser *mSummary = nullptr;
    ProfilePlot *mPlot = nullptr;
};

} // namespace sortie
