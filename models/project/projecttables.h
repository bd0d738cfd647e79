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
