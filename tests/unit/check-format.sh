#!/usr/bin/env bash
# Fails when a C++ source is not formatted as .clang-format says. Pinned to clang-format 14 (Debian 12's): other
# versions lay out the same file differently, and a check that depends on the machine proves nothing.
set -euo pipefail
root=$1
format=$(command -v clang-format-14 || command -v clang-format || true)
if [[ -z $format ]] || ! "$format" --version | grep -q 'version 14\.'; then
    echo "clang-format 14 is not installed (scripts/install-deps installs it)" >&2
    exit 1
fi
cd "$root"
mapfile -t files < <(find app core ui tests bench \( -name node_modules -prune \) -o \( -name '*.cpp' -o -name '*.h' \) -print | sort)
if ! "$format" --dry-run --Werror "${files[@]}"; then
    echo "the files above are not formatted: run $format -i on them" >&2
    exit 1
fi
echo "${#files[@]} C++ sources formatted as .clang-format says"
