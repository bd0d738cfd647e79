#!/usr/bin/python3
"""A Sortie project copied under another name opens in stock QGIS (PyQGIS) with every layer
valid and reading the copy's own data; the original changed or deleted makes no difference.

Usage: stock_qgis_copy.py SORTIE_BINARY SAMPLES_DIR WORK_DIR

Run with Debian's /usr/bin/python3 (python3-qgis). Exits 0 when every check holds, 1 with the
failed check on stderr otherwise.
"""
import os
import shutil
import subprocess
import sys

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QUrl, QUrlQuery


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def project_uri(path):
    # As QGIS's GeoPackage project storage encodes it (QgsGeoPackageProjectStorage::encodeUri).
    url = QUrl()
    url.setScheme("geopackage")
    url.setPath(os.path.abspath(path))
    query = QUrlQuery()
    query.addQueryItem("projectName", "Sortie")
    url.setQuery(query)
    return bytes(url.toEncoded()).decode()


def open_in_qgis(path):
    """Layer name -> (valid, feature count, source) as stock QGIS reads the embedded project."""
    project = QgsProject()
    if not project.read(project_uri(path)):
        fail(f"QGIS cannot read the project in {path}: {project.error()}")
    layers = {}
    for layer in project.mapLayers().values():
        count = layer.featureCount() if layer.isValid() and hasattr(layer, "featureCount") else -1
        layers[layer.name()] = (layer.isValid(), count, layer.source())
    project.clear()
    return layers


def sortie(*args):
    done = subprocess.run([SORTIE, *args], capture_output=True, text=True)
    if done.returncode != 0:
        fail(f"sortie {' '.join(args)} exited {done.returncode}: {done.stderr}")


SORTIE, SAMPLES, WORK = sys.argv[1:4]
os.makedirs(WORK, exist_ok=True)
QgsApplication.setPrefixPath("/usr", True)
qgs = QgsApplication([], False)
qgs.initQgis()

here = os.path.join(WORK, "desk")
colleague = os.path.join(WORK, "colleague")
for folder in (here, colleague):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
original = os.path.join(here, "case.sortie.gpkg")
sortie("sample", original)

# The copy under another name, in the same folder as the original (where the defect read the
# original) and in another folder.
beside = os.path.join(here, "case for Kim.sortie.gpkg")
away = os.path.join(colleague, "Шойгу 평양.sortie.gpkg")
shutil.copyfile(original, beside)
shutil.copyfile(original, away)

# The original becomes another case: one track and its airbases, no events.
os.remove(original)
sortie("import", original, os.path.join(SAMPLES, "airbases.csv"),
       os.path.join(SAMPLES, "2024-09-20_il62m_uhww-zkpy-uhhh.fr24.csv"))
other = open_in_qgis(original)
if other.get("Events", (False, -1, ""))[1] != 0:
    fail(f"the changed original should have no events: {other}")

for copy in (beside, away):
    for state in ("original changed", "original deleted"):
        if state == "original deleted" and os.path.exists(original):
            os.remove(original)
        layers = open_in_qgis(copy)
        if len(layers) < 7:
            fail(f"{copy} ({state}): expected 6 data layers and the basemap, got {sorted(layers)}")
        for name, (valid, count, source) in layers.items():
            if not valid:
                fail(f"{copy} ({state}): layer {name} is invalid ({source})")
            if "case.sortie.gpkg" in source:
                fail(f"{copy} ({state}): layer {name} reads the original: {source}")
        if layers["Events"][1] != 16:
            fail(f"{copy} ({state}): 16 events expected (the copy's own), got {layers['Events'][1]}")
        if layers["Airbases"][1] != 10:
            fail(f"{copy} ({state}): 10 airbases expected, got {layers['Airbases'][1]}")
        if layers["Legs"][1] < 9:
            fail(f"{copy} ({state}): the sample's legs expected, got {layers['Legs'][1]}")
        print(f"ok: {os.path.basename(copy)} ({state}): {len(layers)} layers valid, "
              f"{layers['Events'][1]} events, {layers['Legs'][1]} legs")

qgs.exitQgis()
print("stock QGIS reads every copy's own data")
