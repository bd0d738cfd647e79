#pragma once

#include <QImage>
#include <QString>

namespace sortie::test
{

/**
 * Compare @p rendered with the reference image `<reference dir>/<name>.png`, through
 * QGIS's QgsRenderChecker: a pixel matches when every channel is within
 * @p colorTolerance (0..255), and at most @p maxMismatchFraction of the pixels may
 * differ. A `<name>_mask.png` beside the reference raises the tolerance per pixel
 * (its red channel), as in QGIS's own tests.
 *
 * The rendered image (and, on failure, QGIS's difference image) is written to
 * $SORTIE_TEST_OUTPUT_DIR for inspection. With SORTIE_UPDATE_REFERENCES=1 the reference
 * is (re)written from @p rendered instead and the check passes with a warning.
 *
 * @returns true when the images match; @p message says why not.
 */
bool matchesReference( const QString &name, const QImage &rendered, int colorTolerance,
                       double maxMismatchFraction, QString *message );

/** $SORTIE_TEST_OUTPUT_DIR (created), or the temp dir when unset. */
QString outputDirectory();

} // namespace sortie::test
