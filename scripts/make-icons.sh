#!/usr/bin/env bash
# Writes the PNG icons of the package (packaging/icons/SIZE/) from the SVGs in
# resources/icons/: the application's and the project file's, at the hicolor theme's usual
# sizes. The PNGs are committed, so that building the package needs no SVG renderer; run
# this again after changing an SVG (needs rsvg-convert, package librsvg2-bin).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "$root/packaging/icons/$size"
  rsvg-convert -w "$size" -h "$size" "$root/resources/icons/sortie.svg" \
    -o "$root/packaging/icons/$size/io.github.sortie.Sortie.png"
  rsvg-convert -w "$size" -h "$size" "$root/resources/icons/sortie-project.svg" \
    -o "$root/packaging/icons/$size/application-x-sortie-project.png"
done
