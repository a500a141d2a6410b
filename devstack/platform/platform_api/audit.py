"""The audit feed: one append-only, SHA-256 hash chain per tenant (seed 004), plus one for platform events.

    canonical      = JCS(event without "integrity_hash" and "prev_hash")          (RFC 8785, UTF-8)
    integrity_hash = lower-hex SHA-256( ASCII(prev_hash) || canonical )
    prev_hash      = the previous event's integrity_hash in the same chain, or GENESIS_HASH

Events with "tenant": null (platform certificates, access denials) form the platform chain.
openapi.yaml documents the same rules so any client can re-verify the feed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import datetime, timezone

from . import jcs

GENESIS_HASH = "0" * 64
HASHED_FIELDS = ("id", "actor", "action", "resource", "tenant", "trace_id", "ts", "details")


def utc_now() -> str:
    """RFC 3339 UTC timestamp with microseconds; a string, so it hashes byte-for-byte the same everywhere."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def chain_hash(prev_hash: str, event: dict) -> str:
    body = {k: event[k] for k in HASHED_FIELDS}
    return hashlib.sha256(prev_hash.encode("ascii") + jcs.canonicalize(body)).hexdigest()


def append(conn: sqlite3.Connection, *, actor: dict, action: str, resource: str, tenant: str | None,
           trace_id: str, details: dict) -> dict:
    """Appends one event inside the caller's transaction (so the change and its audit record commit together)."""
    chain = tenant or ""
    row = conn.execute(
        "SELECT integrity_hash FROM audit_events WHERE chain = ? ORDER BY id DESC LIMIT 1", (chain,)).fetchone()
    prev_hash = row[0] if row else GENESIS_HASH
    # The id is part of the hashed body, so reserve it first: one past the largest id ever used.
    next_id = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_events").fetchone()[0]
    event = {"id": next_id, "actor": actor, "action": action, "resource": resource, "tenant": tenant,
             "trace_id": trace_id, "ts": utc_now(), "details": details}
    event["prev_hash"] = prev_hash
    event["integrity_hash"] = chain_hash(prev_hash, event)
    conn.execute(
        "INSERT INTO audit_events (id, chain, actor, action, resource, tenant, trace_id, ts, details, prev_hash,"
        " integrity_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (next_id, chain, json.dumps(actor), action, resource, tenant, trace_id, event["ts"],
         json.dumps(details), prev_hash, event["integrity_hash"]))
    return event


def row_to_event(row: sqlite3.Row) -> dict:
    return {"id": row["id"], "actor": json.loads(row["actor"]), "action": row["action"],
            "resource": row["resource"], "tenant": row["tenant"], "trace_id": row["trace_id"], "ts": row["ts"],
            "details": json.loads(row["details"]), "prev_hash": row["prev_hash"],
            "integrity_hash": row["integrity_hash"]}
