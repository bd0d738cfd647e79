#!/usr/bin/env bash
# Sortie's developer entry point. On a fresh Debian 12 machine:
#
#   scripts/dev.sh run [SORTIE ARGUMENTS...]   install, build, open the workbench (on the sample)
#   scripts/dev.sh test [CTEST ARGUMENTS...]   install, build, run every test
#
# The test command builds two trees: the workbench (build/) and, with clang, models/ and
# widgets/ under AddressSanitizer and UndefinedBehaviorSanitizer with the libFuzzer targets
# (build-sanitize/), and runs the tests of both, the bounded fuzz runs included.
# Each step is skipped when already done: packages present, build tree configured.
# Environment: SORTIE_BUILD_DIR (default: build), SORTIE_BUILD_TYPE (RelWithDebInfo),
# SORTIE_FUZZ_SECONDS (per fuzz target, default 50), SORTIE_SKIP_SANITIZE=1 (main tree only),
# CI=true (no prompts; what CI sets).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${SORTIE_BUILD_DIR:-$root/build}
sanitize_dir=${SORTIE_SANITIZE_DIR:-$build_dir-sanitize}
build_type=${SORTIE_BUILD_TYPE:-RelWithDebInfo}

# What Debian 12 must have. QGIS 3.22 core+gui (with its Qt 5.15 and GDAL), Qt 6 for the
# second build of models/ and widgets/, the toolchain, fonts for stable rendering (Noto CJK:
# DejaVu has no Hangul, which printed as empty boxes in the window and every PDF), Qt's own
# translations (its dialogs in Korean and Russian).
build_packages=(
  cmake ninja-build g++ pkg-config
  libqgis-dev qgis-providers qgis-common
  libgdal-dev libpq-dev qtbase5-dev qttools5-dev qttools5-dev-tools libqt5svg5-dev libqt5webkit5-dev
  qt6-base-dev libbenchmark-dev
  fonts-dejavu-core fonts-noto-cjk
  qttranslations5-l10n
)
# Tests also need an X server for the window tests, clang-format for the layout check and
# poppler-utils (pdftotext, pdffonts) to read the PDFs back, python3-qgis (stock QGIS reading
# a copied project).
# The second tree of the test command (issue 13): clang with its sanitizer and libFuzzer
# runtimes builds models/ and widgets/ with ASan and UBSan and the fuzz targets.
# The package test (issue 15) builds the .deb and checks it: dpkg-dev (dpkg-shlibdeps) and
# file (CPack's dependency scan), lintian, appstream, desktop-file-utils, shared-mime-info
# and xdg-utils (the file type's association, checked in the unpacked package).
# The team project's tests (issue 16) start a real PostgreSQL 15 server with PostGIS 3 of
# their own in a temporary folder (tests/support/pgserver.h).
test_packages=(xvfb xauth clang-format poppler-utils python3-qgis clang libclang-rt-14-dev
  dpkg-dev file lintian appstream desktop-file-utils shared-mime-info xdg-utils
  postgresql-15 postgresql-15-postgis-3)

log() { printf 'sortie-dev: %s\n' "$*" >&2; }

missing_packages() {
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      printf '%s\n' "$package"
    fi
  done
}

install_packages() {
  local missing
  mapfile -t missing < <(missing_packages "$@")
  if ((${#missing[@]} == 0)); then
    return
  fi
  log "installing ${missing[*]}"
  local sudo=()
  if ((EUID != 0)); then
    if ! command -v sudo >/dev/null; then
      log "not root and no sudo: install these packages first: ${missing[*]}"
      exit 1
    fi
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  local generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    log "configuring $build_dir ($build_type)"
    cmake -S "$root" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE="$build_type"
  fi
  log "building"
  cmake --build "$build_dir" --parallel "$(nproc)"
}

# models/ and widgets/ with their tests under AddressSanitizer and UndefinedBehaviorSanitizer,
# and the fuzz targets (clang, libFuzzer): no QGIS, Qt 5 only.
configure_and_build_sanitized() {
  local generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  if [[ ! -f $sanitize_dir/CMakeCache.txt ]]; then
    log "configuring $sanitize_dir (clang, ASan + UBSan, fuzz targets)"
    # -O1 with line tables only: stack traces name file and line, and the tree builds in
    # half the time of -O2 -g (CI has 90 minutes for everything).
    CC=clang CXX=clang++ cmake -S "$root" -B "$sanitize_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
      -DSORTIE_BUILD_APP=OFF -DSORTIE_BUILD_QT6=OFF -DSORTIE_SANITIZE=ON -DSORTIE_FUZZ=ON \
      -DSORTIE_FUZZ_SECONDS="${SORTIE_FUZZ_SECONDS:-50}"
  fi
  log "building the sanitizer tree"
  cmake --build "$sanitize_dir" --parallel "$(nproc)"
}

usage() {
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

command=${1:-}
[[ -n $command ]] || usage
shift

case $command in
  run)
    install_packages "${build_packages[@]}"
    configure_and_build
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
      log "no display: run this from a desktop session, or under 'xvfb-run -a' with --screenshot FILE"
      exit 1
    fi
    # Without a file to open: the bundled sample project (reconstructed tracks, airbases,
    # events), written by this build when missing or older than the program.
    has_file=false
    skip_value=false
    for argument in "$@"; do
      if $skip_value; then # the value of --screenshot, --time or --language, not a file to open
        skip_value=false
        continue
      fi
      case $argument in
        --screenshot | --time | --language) skip_value=true ;;
        -*) ;;
        *) [[ -f $argument ]] && has_file=true ;;
      esac
    done
    if ! $has_file; then
      sample="$build_dir/sample.sortie.gpkg"
      if [[ ! -f $sample || $build_dir/bin/sortie -nt $sample ]]; then
        rm -f "$sample"
        "$build_dir/bin/sortie" sample "$sample"
      fi
      set -- "$@" "$sample"
    fi
    exec "$build_dir/bin/sortie" "$@"
    ;;
  test)
    install_packages "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build
    log "running the tests"
    # Every test is registered with ctest (see tests/CMakeLists.txt); a failure fails this.
    status=0
    ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" "$@" || status=$?
    # Then the same models and widgets tests under the sanitizers, and the bounded fuzz runs
    # (SORTIE_FUZZ_SECONDS each, 50 by default). SORTIE_SKIP_SANITIZE=1 leaves them out.
    if [[ ${SORTIE_SKIP_SANITIZE:-} != 1 ]]; then
      configure_and_build_sanitized
      log "running the tests under ASan and UBSan, and the fuzz targets"
      # The sanitizer options are set per test (tests/CMakeLists.txt).
      ctest --test-dir "$sanitize_dir" --output-on-failure --parallel "$(nproc)" "$@" || status=$?
    fi
    exit $status
    ;;
  *)
    usage
    ;;
esac
