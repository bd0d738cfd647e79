#!/bin/sh
# Every C++ file is laid out as the root .clang-format says. Fix with:
#   git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -u
root=${1:-.}
cd "$root" || exit 2
if ! command -v clang-format >/dev/null 2>&1; then
  echo "format: clang-format is not installed (scripts/dev.sh test installs it)"
  exit 1
fi
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find models widgets app tests -name '*.cpp' -o -name '*.h')
report=$(mktemp)
# shellcheck disable=SC2086
if ! clang-format --dry-run --Werror $files 2>"$report"; then
  grep -m 20 'warning\|error' "$report"
  echo "format: the files above do not follow .clang-format"
  rm -f "$report"
  exit 1
fi
rm -f "$report"
echo "format: every file follows .clang-format"
