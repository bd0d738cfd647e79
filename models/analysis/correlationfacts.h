#pragma once

#include "models/domain/correlation.h"

#include <QStringList>

namespace sortie
{
class Workspace;

/**
 * A FlightRef found in today's analysis: where its track and leg are now in the workspace's
 * lists (leg -1: the whole track). Positions for drawing and lookup, valid until the next
 * change; what is kept is the FlightRef.
 */
struct ResolvedFlight
{
    int track = -1;
    int leg = -1;
    bool isValid() const { return track >= 0; }
};

/** The reference to leg @p leg (-1: the whole track) of the track at @p track in the workspace's list. */
FlightRef flightRef( const Workspace &workspace, int track, int leg );
/** The key of leg @p leg of the track at @p track in the workspace's list; invalid if none. */
LegKey legKey( const Workspace &workspace, int track, int leg );
/** Where the leg @p key is now (leg -1: not found). */
ResolvedFlight resolveLeg( const Workspace &workspace, const LegKey &key );
/**
 * The first leg that took off on @p dateUtc from the airbase coded @p from (and landed at
 * @p to, when given); an empty reference (no track id) when there is none.
 */
FlightRef findLeg( const Workspace &workspace, const QDate &dateUtc, const QString &from,
                   const QString &to = QString() );
/**
 * The leg in the air at the reference's take-off time, of the track found by any of its ids
 * (Workspace::trackIndex()). Invalid when the track or leg is gone.
 */
ResolvedFlight resolveFlight( const Workspace &workspace, const FlightRef &flight );
/**
 * Where @p correlation's legs are now, as (track, leg) positions in the workspace's lists: a
 * flight's leg, or every leg of a whole track; flights no longer in the data left out.
 */
QVector<QPair<int, int>> correlationLegs( const Workspace &workspace, const Correlation &correlation );
/** "RA-86559 UUMU → ZKPY, 2023-09-25" (UTC date), or the track's label for a whole track. */
QString describeFlight( const Workspace &workspace, const FlightRef &flight );
/** describeFlight() of each of @p correlation's flights, in order. */
QStringList describeFlights( const Workspace &workspace, const Correlation &correlation );
/** The titles of @p correlation's events, in order; an event no longer there by its id. */
QStringList eventTitles( const Workspace &workspace, const Correlation &correlation );

/**
 * What the data says about @p flight and @p event, as sentences, computed now and never
 * stored: "took off from UUMU 12 d 6 h after the event began", "landed at ZKPY 12 d 13 h
 * after the event began", "in the air during the event", "on the ground at ZKPY during
 * the event (1 h 02 min of it)". Times between are exact to the minute.
 */
QStringList flightEventFacts( const Workspace &workspace, const FlightRef &flight, const Event &event );

/** The facts of every flight and event pair of @p correlation, each prefixed with the pair. */
QStringList correlationFacts( const Workspace &workspace, const Correlation &correlation );

} // namespace sortie
