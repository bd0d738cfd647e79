#!/usr/bin/python3
"""A team project opens in stock QGIS (PyQGIS) from QGIS's PostgreSQL project storage, with every
Sortie layer valid, reading the team project's schema, time-enabled where a file's is, and with
no user or password stored in it.

Usage: stock_qgis_team.py PROJECT_URI SCHEMA [PNG]

PROJECT_URI as QGIS's PostgreSQL project storage takes it ("postgresql://?service=...&schema=...
&project=Sortie"); the connection comes from libpq's service file (PGSERVICEFILE). With PNG, the
project's map is also rendered there, for a person to look at. Run with Debian's /usr/bin/python3
(python3-qgis). Exits 0 when every check holds, 1 with the failed check on stderr otherwise.
"""
import sys

from qgis.core import (QgsApplication, QgsCoordinateTransform, QgsMapRendererParallelJob, QgsMapSettings, QgsProject,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QSize


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    uri, schema = sys.argv[1], sys.argv[2]
    png = sys.argv[3] if len(sys.argv) > 3 else None
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    if not project.read(uri):
        fail(f"QGIS cannot read {uri}: {project.error()}")
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    sortie = [layer for layer in layers.values()
              if isinstance(layer, QgsVectorLayer) and layer.providerType() == "postgres"]
    if len(sortie) != 6:
        fail(f"expected Sortie's six PostGIS layers, found {sorted(layers)}")
    for layer in sortie:
        if not layer.isValid():
            fail(f"layer {layer.name()} is not valid")
        source = layer.source()
        if f'"{schema}".' not in source:
            fail(f"layer {layer.name()} does not read schema {schema}: {source}")
        if "password=" in source or "user=" in source:
            fail(f"layer {layer.name()} stores a user or password: {source}")
    events = next((l for l in sortie if l.dataProvider().uri().table() == "events"), None)
    if events is None or events.featureCount() <= 0:
        fail("the events layer is missing or empty")
    timed = [l.name() for l in sortie if l.temporalProperties().isActive()]
    if len(timed) < 4:
        fail(f"expected time-enabled events, gaps, legs, positions and stops, found {timed}")
    if png:
        settings = QgsMapSettings()
        settings.setLayers([l for l in project.layerTreeRoot().layerOrder()])
        settings.setDestinationCrs(project.crs())
        to_map = QgsCoordinateTransform(events.crs(), project.crs(), project)
        extent = to_map.transformBoundingBox(events.extent())
        extent.scale(1.3)
        settings.setExtent(extent)
        settings.setOutputSize(QSize(900, 600))
        settings.setBackgroundColor(project.backgroundColor())
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        job.renderedImage().save(png)
    print(f"ok: {len(sortie)} layers, {events.featureCount()} events, time-enabled: {', '.join(timed)}")
    app.exitQgis()


main()
