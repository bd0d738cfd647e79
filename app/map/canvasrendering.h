#pragma once

class QgsMapCanvas;

namespace sortie
{

/**
 * Stop @p canvas rendering and wait until no render job of it is left running, so that
 * the canvas, its layers or its project can be destroyed safely.
 *
 * Why this exists: in QGIS 3.22, QgsMapCanvas::stopRendering() (called whenever a render
 * starts while another runs: a pan, a zoom, a layer change) does not wait for the running
 * job. It orphans it with cancelWithoutBlocking(); the orphan finishes later, in the event
 * loop, and then writes into the canvas's render cache and connects to its layers through
 * raw pointers. QgsMapCanvas::cancelJobs() and the canvas destructor only deal with the
 * current job, so destroying the canvas or removing its layers while an orphan is still
 * running crashes later, far from the cause.
 *
 * This freezes the canvas (no new job starts), cancels the current job, waits for the
 * render threads, and delivers the orphans' pending completion notifications (and only
 * those) while everything they point to still exists. Blocks for as long as the
 * cancelled jobs take to stop (usually a few milliseconds).
 */
void settleCanvasRendering( QgsMapCanvas *canvas );

} // namespace sortie
