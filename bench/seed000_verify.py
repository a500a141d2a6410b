#!/usr/bin/env python3
"""A plain Python implementation of the seed-000 audit verifier (scripts/audit.py in /work/shared/seeds/000_*):
for each JSON line, drop "signature", recompute HMAC-SHA256(key, sorted-key compact JSON) and compare in constant
time. Usage: seed000_verify.py FILE.jsonl KEY_FILE (the key is the file's bytes without a trailing newline)."""
import hashlib
import hmac
import json
import sys


def main() -> int:
    path, key_path = sys.argv[1], sys.argv[2]
    with open(key_path, "rb") as f:
        key = f.read().rstrip(b"\r\n")
    total = valid = 0
    with open(path, "rb") as f:
        for line in f:
            if not line.strip():
                continue
            total += 1
            try:
                event = json.loads(line)
                signature = event.pop("signature")
            except (ValueError, KeyError, AttributeError):
                continue
            canonical = json.dumps(event, sort_keys=True, separators=(",", ":")).encode("utf-8")
            expected = hmac.new(key, canonical, hashlib.sha256).hexdigest()
            if isinstance(signature, str) and hmac.compare_digest(expected, signature):
                valid += 1
    print(f"{valid}/{total} events with valid signatures")
    return 0 if valid == total else 1


if __name__ == "__main__":
    sys.exit(main())
