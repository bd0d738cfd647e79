#pragma once

#include <QString>

class QgsRectangle;
class QgsVectorLayer;

/**
 * How Sortie's layers look, in one place: the workbench's map layers and the QGIS
 * project embedded in a project file (what stock QGIS shows) are styled by the same code.
 */
namespace sortie::layerstyles
{

/**
 * Airfields by kind and scale, labelled with @p codeField (the ICAO code) by priority, so that
 * the worldwide OurAirports file stays legible: "airbases of this project", the fields the data
 * names ("used" = 1) and the analyst's own (kind unknown), as dark squares at every scale;
 * military fields from 1:50M (labelled from 1:10M), large airports at every scale, medium
 * from 1:15M (labelled from 1:5M), small from 1:2.5M (1:1M), heliports and seaplane bases
 * from 1:500k (1:250k); closed fields a rule switched off (the Layers panel shows it). QGIS's
 * labelling places labels by priority without overlap. Reads the fields "kind", "use" and
 * "used" (the project's airbases table, Sortie's layer).
 */
void styleAirbases( QgsVectorLayer *layer, const QString &codeField );
/**
 * Whether the airbases layer @p layer (styled by styleAirbases()) has a field of the class
 * whose legend rule key is @p ruleKey within @p extentWgs84: for legends that list only
 * what a page shows.
 */
bool airfieldClassPresent( QgsVectorLayer *layer, const QString &ruleKey, const QgsRectangle &extentWgs84 );
/** Faint great-circle lines: the whole track is context, the trail is the news. */
void styleLegs( QgsVectorLayer *layer );
/**
 * Red dashes between the last and the next fix of a gap in flight; with @p onlyWhere,
 * only the features that expression selects are drawn.
 */
void styleGaps( QgsVectorLayer *layer, const QString &onlyWhere = QString() );
/**
 * Diamonds coloured by the "kind" field, time-enabled from @p startField to @p endField
 * (inclusive), drawn larger while the layer variable sortie_now falls inside.
 */
void styleEvents( QgsVectorLayer *layer, const QString &startField, const QString &endField );
/** Small dots, time-enabled as instants of @p timeField: QGIS's temporal controller plays them. */
void styleTrackPoints( QgsVectorLayer *layer, const QString &timeField );
/** Time-enable @p layer from @p startField to @p endField (inclusive). */
void setTimeSpan( QgsVectorLayer *layer, const QString &startField, const QString &endField );

} // namespace sortie::layerstyles
