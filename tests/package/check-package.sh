#!/usr/bin/env bash
# Builds the Debian package with CPack and checks it as a user and a distribution would:
# lintian finds no error, the AppStream metadata and the desktop entry validate, the
# package holds every file it should, and the program unpacked from it runs: --version,
# --help in Korean and Russian (its translations found where it was installed), the sample
# project and a PDF briefing of it. The desktop learns that *.sortie.gpkg is a Sortie
# project that Sortie opens (shared-mime-info and the desktop database, in the unpacked
# tree). In CI (CI=true, as root on a throwaway machine) the package is also installed for
# real, `dpkg -i` with apt resolving its dependencies, checked the same way from /usr, and
# removed; elsewhere nothing is installed on the machine and the script says so.
#
# Usage: check-package.sh BUILD_DIR   (a built tree; the package is written to TMPDIR)
set -euo pipefail
build=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/sortie-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  printf 'FAIL: %s\n' "$*"
  failures=$((failures + 1))
}

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack could not build the package"; exit 1; }
deb=$(find "$work/out" -maxdepth 1 -name 'sortie_*.deb' | head -n 1)
[[ -n $deb ]] || { cat "$work/cpack.log"; fail "no sortie_*.deb written"; exit 1; }
printf 'package: %s (%s bytes)\n' "$(basename "$deb")" "$(stat -c %s "$deb")"
dpkg-deb -f "$deb" Package Version Depends Recommends

# Contents.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
expected=(
  /usr/bin/sortie
  /usr/share/applications/io.github.sortie.Sortie.desktop
  /usr/share/metainfo/io.github.sortie.Sortie.metainfo.xml
  /usr/share/mime/packages/io.github.sortie.Sortie.xml
  /usr/share/icons/hicolor/scalable/apps/io.github.sortie.Sortie.svg
  /usr/share/icons/hicolor/scalable/mimetypes/application-x-sortie-project.svg
  /usr/share/man/man1/sortie.1.gz
  /usr/share/doc/sortie/copyright
  /usr/share/doc/sortie/changelog.gz
  /usr/share/sortie/translations/sortie_ko.qm
  /usr/share/sortie/translations/sortie_ru.qm
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/io.github.sortie.Sortie.png"
    "/usr/share/icons/hicolor/${size}x${size}/mimetypes/application-x-sortie-project.png")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" "$work/contents" || fail "the package lacks $path"
done
depends=$(dpkg-deb -f "$deb" Depends)
for dependency in libqgis-core libqgis-gui qgis-providers qgis-common fonts-noto-cjk; do
  [[ $depends == *"$dependency"* ]] || fail "Depends lacks $dependency: $depends"
done

# lintian: no error (warnings and informational tags are listed, not fatal). It exits
# non-zero on an error tag and when it cannot check the package at all.
if ! lintian --fail-on error --tag-display-limit 0 --display-info "$deb" >"$work/lintian.log" 2>&1; then
  fail "lintian reports errors or could not run"
fi
cat "$work/lintian.log"

# What is inside, unpacked.
root="$work/root"
dpkg-deb -x "$deb" "$root"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.sortie.Sortie.metainfo.xml" ||
  fail "appstreamcli validate"
desktop-file-validate "$root/usr/share/applications/io.github.sortie.Sortie.desktop" || fail "desktop-file-validate"
zcat "$root/usr/share/man/man1/sortie.1.gz" | grep -q '^\.TH SORTIE 1' || fail "the manual page has no .TH line"

# The program runs from where the package put it, and finds its translations there.
sortie="$root/usr/bin/sortie"
"$sortie" --version | grep -q '^Sortie ' || fail "sortie --version"
"$sortie" --language ko --help | grep -q '사용법: sortie' || fail "sortie --language ko --help is not in Korean"
"$sortie" --language ru --help | grep -q '^  sortie \[--language КОД\]' || fail "sortie --language ru --help is not in Russian"
project="$work/sample.sortie.gpkg"
"$sortie" sample "$project" || fail "sortie sample"
"$sortie" export-pdf "$project" "$work/briefing.pdf" --from 2023-09-01 --to 2023-10-01 ||
  fail "sortie export-pdf"
[[ $(head -c 5 "$work/briefing.pdf" 2>/dev/null) == %PDF- ]] || fail "export-pdf wrote no PDF"

# Double-click: the file type is known by its name and opens Sortie's desktop entry.
update-mime-database "$root/usr/share/mime"
update-desktop-database "$root/usr/share/applications"
export XDG_DATA_DIRS="$root/usr/share:/usr/share"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
grep -q '^\*\.sortie\.gpkg$\|:\*\.sortie\.gpkg' "$root/usr/share/mime/globs2" ||
  fail "shared-mime-info did not register *.sortie.gpkg"
default=$(xdg-mime query default application/x-sortie-project || true)
[[ $default == io.github.sortie.Sortie.desktop ]] ||
  fail "xdg-mime names '$default' for application/x-sortie-project, not io.github.sortie.Sortie.desktop"

# Installed for real (issue 15: CI installs it with dpkg -i, apt resolving dependencies).
if [[ ${CI:-} == true || ${SORTIE_PACKAGE_INSTALL:-} == 1 ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    fail "installing the package needs root (CI runs as root)"
  elif dpkg -s sortie >/dev/null 2>&1; then
    fail "a sortie package is already installed: refusing to replace it"
  else
    export DEBIAN_FRONTEND=noninteractive
    if ! dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
      apt-get install -f -y >>"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "apt could not resolve the dependencies"; }
    fi
    if dpkg -s sortie 2>/dev/null | grep -q '^Status: install ok installed'; then
      installed=/usr/bin/sortie
      "$installed" --version | grep -q '^Sortie ' || fail "installed sortie --version"
      "$installed" sample "$work/installed.sortie.gpkg" || fail "installed sortie sample"
      "$installed" export-pdf "$work/installed.sortie.gpkg" "$work/installed.pdf" --from 2023-09-01 --to 2023-10-01 ||
        fail "installed sortie export-pdf"
      [[ $(head -c 5 "$work/installed.pdf" 2>/dev/null) == %PDF- ]] || fail "the installed export-pdf wrote no PDF"
      default=$(XDG_DATA_DIRS=/usr/share xdg-mime query default application/x-sortie-project || true)
      [[ $default == io.github.sortie.Sortie.desktop ]] ||
        fail "installed: xdg-mime names '$default' for application/x-sortie-project"
      printf 'installed with dpkg -i, ran from /usr/bin, removed\n'
    else
      cat "$work/dpkg.log"
      fail "dpkg -i did not install the package"
    fi
    apt-get remove -y sortie >>"$work/dpkg.log" 2>&1 || fail "apt-get remove sortie"
  fi
else
  printf 'not installed on this machine (CI=true or SORTIE_PACKAGE_INSTALL=1 installs it for real)\n'
fi

if ((failures > 0)); then
  printf '%d check(s) failed\n' "$failures"
  exit 1
fi
printf 'package checks passed\n'
