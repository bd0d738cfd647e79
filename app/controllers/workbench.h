#pragma once

class QgsMapCanvas;
class QStatusBar;
class QWidget;

namespace sortie
{

class Selection;
class TimeController;
class UndoStack;
class Workspace;

/**
 * What a feature controller (import, correlations, annotations, briefing) may use of the
 * workbench, and nothing more: the data, its undo stack, the shared selection and clock, the
 * map, the status bar and a parent for dialogs. The window makes it and places the
 * controllers' actions in its menus; a controller never reaches into the window itself (KADAS
 * Albireo's integration objects, issue 12 point 4).
 */
struct Workbench
{
    QWidget *window = nullptr; //!< Parent of the controller's dialogs.
    Workspace *workspace = nullptr;
    UndoStack *undoStack = nullptr;
    Selection *selection = nullptr;
    TimeController *time = nullptr;
    QgsMapCanvas *canvas = nullptr;
    QStatusBar *statusBar = nullptr;
};

} // namespace sortie
