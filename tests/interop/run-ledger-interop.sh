#!/usr/bin/env bash
# Builds the Go checker, makes a ledger with custos-ledger --key-file, and lets the checker verify the database
# and its export. Usage: run-ledger-interop.sh GO CUSTOS_LEDGER GO_SOURCE_DIR WORK_DIR
set -euo pipefail
go=$1 cli=$2 src=$3 work=$4

# Everything Go downloads or caches stays under the build directory, so a clean machine works.
export GOPATH="$work/gopath" GOCACHE="$work/gocache" GOFLAGS=-mod=mod GOTOOLCHAIN=local CGO_ENABLED=0
(cd "$src" && "$go" build -o "$work/ledger-interop" .)

ledger="$work/ledger-run"
rm -rf "$ledger" && mkdir -p "$ledger"
"$cli" init "$ledger/ledger.db" --origin interop.example.org/ledger --key-file "$ledger/ledger.key" >/dev/null
for batch in 1 2 3; do
    for i in $(seq 1 $((batch * 7))); do
        printf '{"action":"user.update","actor":{"id":"u%d","username":"op"},"target":{"type":"user","id":"t%d","name":"n\\u00e9%d"},"tenant":"acme","details":{"batch":%d,"i":%d,"x":1.5}}\n' \
            "$batch" "$i" "$i" "$batch" "$i"
    done | "$cli" append "$ledger/ledger.db" --key-file "$ledger/ledger.key" >/dev/null
done
"$cli" export "$ledger/ledger.db" "$ledger/ledger.jsonl"

"$work/ledger-interop" -cli "$cli" -ledger "$ledger/ledger.db" -export "$ledger/ledger.jsonl"
"$work/ledger-interop" -cli "$cli" -ledger "$ledger/ledger.jsonl"

# A redacted export: every record, only those about t3 disclosed. The checker recomputes its root from the
# records and each disclosed opening's commitment.
"$cli" export "$ledger/ledger.db" "$ledger/redacted.jsonl" --filter target=t3
"$cli" verify "$ledger/redacted.jsonl" | grep -q '^complete: yes (42 records; 3 disclosed)$'
"$work/ledger-interop" -cli "$cli" -ledger "$ledger/redacted.jsonl" | tee "$ledger/redacted.out"
grep -q ', 6 openings verified$' "$ledger/redacted.out"
sed 's/"value":"op"/"value":"oq"/' "$ledger/redacted.jsonl" > "$ledger/redacted-forged.jsonl"
if "$work/ledger-interop" -cli "$cli" -ledger "$ledger/redacted-forged.jsonl" 2>/dev/null; then
    echo "interop: a redacted export with a changed opening was accepted" >&2
    exit 1
fi

# The checker must also be able to fail: a ledger whose checkpoint was re-signed by another key.
cp "$ledger/ledger.jsonl" "$ledger/forged.jsonl"
sed -i 's/"custos-ledger-key":"interop.example.org\/ledger+[0-9a-f]*+/&X/' "$ledger/forged.jsonl"
if "$work/ledger-interop" -cli "$cli" -ledger "$ledger/forged.jsonl" 2>/dev/null; then
    echo "interop: a ledger with a mangled verifier key was accepted" >&2
    exit 1
fi
echo "interop: OK"
