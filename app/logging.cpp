#include "app/logging.h"

Q_LOGGING_CATEGORY( lcApp, "sortie.app", QtInfoMsg )
// QGIS's info messages are chatty (provider loading, style lookups); warnings and up
// are what an analyst or a bug report needs by default.
Q_LOGGING_CATEGORY( lcQgis, "sortie.qgis", QtWarningMsg )
