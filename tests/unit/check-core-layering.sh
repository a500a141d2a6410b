#!/usr/bin/env bash
# Fails when core/ includes a Widgets header or a core-only binary links libQt6Widgets.
set -euo pipefail
root=$1
binary=$2
if grep -rnE '#include\s*[<"](QtWidgets|QWidget|QApplication|QDialog|QMessageBox|QMainWindow)' "$root/core"; then
    echo "core/ includes a Widgets header (above)" >&2
    exit 1
fi
if ldd "$binary" | grep -q 'libQt6Widgets'; then
    echo "$binary links libQt6Widgets" >&2
    exit 1
fi
echo "core/ is free of Qt Widgets"
