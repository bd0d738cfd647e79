#!/bin/sh
# The layers depend one way: models -> widgets -> app. Fail on any include that points
# the other way, on QGIS outside app/, and on Qt GUI modules in models/.
set -u
root=${1:-.}
status=0
check() {
  description=$1
  shift
  found=$(grep -rnE "$@" 2>/dev/null)
  if [ -n "$found" ]; then
    echo "layering: $description:"
    echo "$found"
    status=1
  fi
}
cd "$root" || exit 2
check "QGIS header outside app/" '#include <qgs' models widgets
check "models/ includes widgets/ or app/" '#include "(widgets|app)/' models
check "models/ uses Qt GUI or Widgets" '#include <(QtGui|QtWidgets|QWidget|QPainter|QColor|QImage|QPixmap|QAbstractButton|QDialog)' models
check "widgets/ includes app/" '#include "app/' widgets
[ $status -eq 0 ] && echo "layering: models -> widgets -> app holds"
exit $status
