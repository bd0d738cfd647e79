#!/bin/sh
# Run one test command with HOME, the XDG folders and TMPDIR pointed at a fresh folder,
# removed afterwards, so that no test reads or writes the user's files (QGIS writes a
# profile, settings and caches under HOME and temp files under TMPDIR), and the interface
# in English whatever the machine's language.
#
# Usage: run-isolated.sh SANDBOX_ROOT COMMAND [ARGS...]
set -eu
root=$1
shift
mkdir -p "$root"
sandbox=$(mktemp -d "$root/run.XXXXXX")
cleanup() { rm -rf "$sandbox"; }
trap cleanup EXIT INT TERM

export HOME="$sandbox/home"
export XDG_CONFIG_HOME="$sandbox/config"
export XDG_DATA_HOME="$sandbox/data"
export XDG_CACHE_HOME="$sandbox/cache"
export XDG_STATE_HOME="$sandbox/state"
export XDG_RUNTIME_DIR="$sandbox/runtime"
export TMPDIR="$sandbox/tmp"
# The interface's language follows the system's (LANGUAGE first): tests expect English
# unless they ask for another (--language, or installing a translation themselves).
export LANGUAGE=en
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR" "$TMPDIR"
chmod 700 "$XDG_RUNTIME_DIR"

"$@"
