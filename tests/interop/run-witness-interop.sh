#!/usr/bin/env bash
# Builds the Go cosignature checker, makes a ledger cosigned by the devstack's two witnesses (custos-ledger witness
# add, append) and lets the checker verify its export. Needs the witnesses up (ctest fixture "witnesses").
# Usage: run-witness-interop.sh GO CUSTOS_LEDGER GO_SOURCE_DIR WORK_DIR DEVSTACK
set -euo pipefail
go=$1 cli=$2 src=$3 work=$4 devstack=$5

export GOPATH="$work/gopath" GOCACHE="$work/gocache" GOFLAGS=-mod=mod GOTOOLCHAIN=local CGO_ENABLED=0
(cd "$src" && "$go" build -o "$work/witness-interop" .)
eval "$("$devstack" witnesses env)"

ledger="$work/witness-run"
rm -rf "$ledger" && mkdir -p "$ledger"
origin="interop.example.org/witnessed-$RANDOM$RANDOM"
vkey="$("$cli" init "$ledger/ledger.db" --origin "$origin" --key-file "$ledger/ledger.key")"
"$devstack" enroll-ledger "$vkey"
"$cli" witness add "$ledger/ledger.db" --url "$CUSTOS_WITNESS1_URL" --key "$CUSTOS_WITNESS1_KEY" >/dev/null
"$cli" witness add "$ledger/ledger.db" --url "$CUSTOS_WITNESS2_URL" --key "$CUSTOS_WITNESS2_KEY" >/dev/null
for batch in 1 2; do
    printf '{"action":"user.update","target":{"type":"user","id":"t%d"}}\n' 1 2 3 |
        "$cli" append "$ledger/ledger.db" --key-file "$ledger/ledger.key" >/dev/null 2>"$ledger/append.err"
    [[ "$(grep -c ': cosigned$' "$ledger/append.err")" == 2 ]] || { cat "$ledger/append.err" >&2; exit 1; }
done
"$cli" export "$ledger/ledger.db" "$ledger/ledger.jsonl"
"$work/witness-interop" -export "$ledger/ledger.jsonl" -witness "$CUSTOS_WITNESS1_KEY" -witness "$CUSTOS_WITNESS2_KEY"

# The checker must also be able to fail: one cosignature with a byte changed.
python3 - "$ledger/ledger.jsonl" "$ledger/forged.jsonl" <<'PYEOF'
import json, sys
source, target = sys.argv[1:3]
with open(source, encoding="utf-8") as fh:
    lines = fh.read().splitlines()
for i, line in enumerate(lines):
    obj = json.loads(line)
    if "custos-ledger-checkpoint" in obj:
        note = obj["custos-ledger-checkpoint"]
        at = note.index("\u2014 custos.devstack/witness2 ") + len("\u2014 custos.devstack/witness2 ") + 20
        obj["custos-ledger-checkpoint"] = note[:at] + ("A" if note[at] != "A" else "B") + note[at + 1:]
        lines[i] = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
with open(target, "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
PYEOF
if "$work/witness-interop" -export "$ledger/forged.jsonl" -witness "$CUSTOS_WITNESS1_KEY" -witness "$CUSTOS_WITNESS2_KEY" 2>/dev/null; then
    echo "witness-interop: a forged cosignature was accepted" >&2
    exit 1
fi
echo "witness-interop: OK"
