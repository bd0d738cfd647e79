#pragma once

#include "app/controllers/workbench.h"

#include <QObject>

#include <functional>

class QAction;

namespace sortie
{

/**
 * What leaves Sortie for other people and tools: File > Export PDF (the briefing dialog with
 * its preview, then the PDF with progress and cancel) and File > Export (KML, GeoJSON
 * MF-JSON or events CSV). Owns both actions.
 */
class BriefingController : public QObject
{
    Q_OBJECT

  public:
    /** @p projectPath: the open project's file (empty when unsaved), to name the PDF after. */
    BriefingController( const Workbench &workbench, std::function<QString()> projectPath,
                        QObject *parent = nullptr );

    /** File > Export PDF... (Ctrl+P). */
    QAction *exportPdfAction() const { return mExportPdfAction; }
    /** File > Export... (Ctrl+E). */
    QAction *exportAction() const { return mExportAction; }

    /** The briefing dialog (paper, title, window, pages) with a preview; then the PDF. */
    void exportBriefing();
    /** Choose a file; the format follows its suffix or the chosen filter. */
    void chooseExportFile();

  private:
    Workbench mWorkbench;
    std::function<QString()> mProjectPath;
    QAction *mExportPdfAction = nullptr;
    QAction *mExportAction = nullptr;
};

} // namespace sortie
