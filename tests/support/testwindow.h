#pragma once

// The workbench window as the window tests use it. Needs the app library.

#include "app/mainwindow.h"
#include "app/project/projectcontroller.h"

#include <memory>

namespace sortie::test
{

/** A shown main window on @p project, without autosave (tests decide when files are written). */
inline std::unique_ptr<MainWindow> makeTestWindow( QgsProject *project )
{
  auto window = std::make_unique<MainWindow>( project );
  window->projectController()->setAutosaveIntervalMs( 0 );
  window->show();
  return window;
}

} // namespace sortie::test
