#pragma once

// Names of the project file's tables and columns, shared by its writer and reader.
// Documented in docs/formats.md ("Project file"); a change here is a schema change.

namespace sortie::projecttables
{
// Sortie's own tables (GeoPackage attribute tables, no geometry).
constexpr const char *kMeta = "sortie_meta";   // key, value
constexpr const char *kState = "sortie_state"; // key, value (JSON)
constexpr const char *kTracks = "tracks";
constexpr const char *kEventSources = "event_sources";
// Since schema 2: the analyst's correlations.
constexpr const char *kCorrelations = "correlations";
constexpr const char *kCorrelationLinks = "correlation_links";
constexpr const char *kCorrelationSources = "correlation_sources";
constexpr const char *kDismissedSuggestions = "dismissed_suggestions";
constexpr const char *kAnnotations = "annotations";
// Feature tables, WGS84: what stock QGIS shows, and where the data lives.
constexpr const char *kTrackPoints = "track_points";
constexpr const char *kLegs = "legs";
constexpr const char *kGaps = "gaps";
constexpr const char *kGroundStops = "ground_stops";
constexpr const char *kAirbases = "airbases";
constexpr const char *kEvents = "events";

// A team project only (teamproject.h): who changed which row of the analyst's tables, when.
constexpr const char *kJournal = "sortie_journal";
struct EditedTable
{
    const char *table;
    const char *itemColumn; //!< The column naming the item a row belongs to.
};
// The analyst's tables of a team project, whose rows carry a version, an author and a time.
constexpr EditedTable kEditedTables[] = {
    { kEvents, "event_id" },
    { kEventSources, "event_id" },
    { kCorrelations, "correlation_id" },
    { kCorrelationLinks, "correlation_id" },
    { kCorrelationSources, "correlation_id" },
    { kDismissedSuggestions, "key" },
    { kAnnotations, "annotation_id" },
    { kAirbases, "icao" },
};

// sortie_meta keys
constexpr const char *kMetaSchemaVersion = "schema_version";
constexpr const char *kMetaWrittenBy = "written_by";
constexpr const char *kMetaFileName = "file_name";
constexpr const char *kMetaCreated = "created_utc";
constexpr const char *kMetaSaved = "saved_utc";
// How the embedded QGIS project reaches its layers: "attached" (a copy of the map tables in
// the project archive, displaysnapshot.h); missing: by the file's name (written before 0.5).
constexpr const char *kMetaQgisLayers = "qgis_layers";
// sortie_state keys
constexpr const char *kStateWorkbench = "workbench";
} // namespace sortie::projecttables
