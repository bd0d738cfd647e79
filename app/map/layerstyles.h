#pragma once

#include <QString>

class QgsVectorLayer;

/**
 * How Sortie's layers look, in one place: the workbench's map layers and the QGIS
 * project embedded in a project file (what stock QGIS shows) are styled by the same code.
 */
namespace sortie::layerstyles
{

/** Dark squares labelled with @p codeField (the ICAO code). */
void styleAirbases( QgsVectorLayer *layer, const QString &codeField );
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
