#!/usr/bin/env bash
# Fails when ui/ talks to SQLite itself: the ledger's storage and its readers live in core/ledger (LedgerStore,
# DatabaseReader), the only code that knows the schema.
set -euo pipefail
root=$1
if grep -rnE '\bsqlite3_[a-z_]+\s*\(|#include\s*[<"]sqlite3\.h[>"]' "$root/ui"; then
    echo "ui/ calls SQLite directly (above): move the code to core/ledger" >&2
    exit 1
fi
echo "ui/ makes no sqlite3_* call"
