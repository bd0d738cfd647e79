#pragma once

#include <QLoggingCategory>

// Sortie's log is Qt's message log, by category; QT_LOGGING_RULES selects what is shown
// (e.g. QT_LOGGING_RULES="sortie.qgis.info=true" to see everything QGIS says).
Q_DECLARE_LOGGING_CATEGORY( lcApp )  // sortie.app: start-up, window, map set-up
Q_DECLARE_LOGGING_CATEGORY( lcQgis ) // sortie.qgis: QgsMessageLog, forwarded
