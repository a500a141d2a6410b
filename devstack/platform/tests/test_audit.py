"""The audit feed: every change recorded with actor and trace id, hash chains verifiable by a client, and
tampering with the service's database detected by the same independent verifier."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import uuid

import pytest

from conftest import GENESIS, canonical, fetch_all_events, verify_chains


def test_feed_verifies_and_matches_heads(carl):
    events = fetch_all_events(carl)
    assert events, "the seed writes events"
    assert verify_chains(events) == []
    heads = {h["tenant"]: h for h in carl.get("/api/v1/audit/heads").json()["items"]}
    last = {}
    counts = {}
    for event in events:
        last[event["tenant"]] = event
        counts[event["tenant"]] = counts.get(event["tenant"], 0) + 1
    assert set(heads) == set(last)
    for chain, event in last.items():
        assert heads[chain]["head_hash"] == event["integrity_hash"]
        assert heads[chain]["last_event_id"] == event["id"]
        assert heads[chain]["events"] == counts[chain]


def test_each_chain_starts_at_genesis(carl):
    firsts = {}
    for event in fetch_all_events(carl):
        firsts.setdefault(event["tenant"], event)
    assert all(e["prev_hash"] == GENESIS for e in firsts.values())


def test_changes_are_audited_with_actor_and_trace(carl):
    trace = uuid.uuid4().hex
    traceparent = f"00-{trace}-00f067aa0ba902b7-01"
    response = carl.post("/api/v1/tenants", json={"slug": f"aud-{trace[:8]}", "name": "Audited"},
                         headers={"traceparent": traceparent})
    assert response.status_code == 201
    assert response.headers["X-Request-Id"] == trace
    tenant = response.json()
    etag = response.headers["ETag"]
    carl.patch(f"/api/v1/tenants/{tenant['id']}", json={"plan": "enterprise"},
               headers={"If-Match": etag, "X-Request-Id": "req-patch-1"})
    carl.post(f"/api/v1/tenants/{tenant['id']}/suspend")
    carl.delete(f"/api/v1/tenants/{tenant['id']}", headers={"If-Match": "*"})

    events = fetch_all_events(carl, tenant=tenant["id"])
    assert [e["action"] for e in events] == ["TENANT_CREATE", "TENANT_UPDATE", "TENANT_SUSPEND", "TENANT_DELETE"]
    assert verify_chains(events) == []
    assert events[0]["prev_hash"] == GENESIS
    me = carl.get("/api/v1/me").json()
    assert all(e["actor"] == {"sub": me["sub"], "username": "carl"} for e in events)
    assert events[0]["trace_id"] == trace
    assert events[1]["trace_id"] == "req-patch-1"
    assert events[1]["details"]["changes"] == {"plan": {"from": "standard", "to": "enterprise"}}
    assert events[0]["resource"] == f"tenants/{tenant['id']}"


def test_filters_and_paging(carl):
    all_events = fetch_all_events(carl)
    paged, cursor = [], None
    while True:
        page = carl.get("/api/v1/audit/events", params={"limit": 3} | ({"cursor": cursor} if cursor else {})).json()
        assert len(page["items"]) <= 3
        paged += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert [e["id"] for e in paged] == [e["id"] for e in all_events]
    platform = fetch_all_events(carl, tenant="platform")
    assert platform and all(e["tenant"] is None for e in platform)
    assert verify_chains(platform) == []
    staged = fetch_all_events(carl, action="CERTIFICATE_STAGED")
    assert staged and all(e["action"] == "CERTIFICATE_STAGED" for e in staged)


# -- tampering: on a copy of the live database, so the running service is not disturbed --------------------------
def _snapshot(tmp_path) -> sqlite3.Connection:
    source = sqlite3.connect(f"file:{os.environ['CUSTOS_PLATFORM_DB']}?mode=ro", uri=True)
    copy = sqlite3.connect(tmp_path / "copy.db")
    source.backup(copy)
    source.close()
    copy.row_factory = sqlite3.Row
    return copy


def _events(conn: sqlite3.Connection) -> list[dict]:
    rows = conn.execute("SELECT * FROM audit_events ORDER BY id").fetchall()
    return [{"id": r["id"], "actor": json.loads(r["actor"]), "action": r["action"], "resource": r["resource"],
             "tenant": r["tenant"], "trace_id": r["trace_id"], "ts": r["ts"], "details": json.loads(r["details"]),
             "prev_hash": r["prev_hash"], "integrity_hash": r["integrity_hash"]} for r in rows]


def test_database_is_append_only(tmp_path):
    conn = _snapshot(tmp_path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_events SET action = 'X' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_events WHERE id = 1")


def test_tampered_row_is_detected(tmp_path):
    conn = _snapshot(tmp_path)
    assert verify_chains(_events(conn)) == []
    target = conn.execute("SELECT id, details FROM audit_events WHERE action = 'TENANT_CREATE' ORDER BY id LIMIT 1"
                          ).fetchone()
    details = json.loads(target["details"])
    details["tenant"]["plan"] = "free-forever"
    # Someone with the file can drop the triggers; the hash chain still gives them away.
    conn.execute("DROP TRIGGER audit_events_no_update")
    conn.execute("UPDATE audit_events SET details = ? WHERE id = ?", (json.dumps(details), target["id"]))
    problems = verify_chains(_events(conn))
    assert problems == [f"event {target['id']}: integrity_hash does not match its content"]


def test_deleted_row_is_detected(tmp_path, carl, new_tenant):
    tenant = new_tenant()
    carl.post(f"/api/v1/tenants/{tenant['id']}/suspend")                 # two events in this chain
    conn = _snapshot(tmp_path)
    first = conn.execute("SELECT id FROM audit_events WHERE tenant = ? ORDER BY id LIMIT 1", (tenant["id"],)
                         ).fetchone()["id"]
    conn.execute("DROP TRIGGER audit_events_no_delete")
    conn.execute("DELETE FROM audit_events WHERE id = ?", (first,))
    problems = verify_chains(_events(conn))
    assert any("prev_hash does not link" in p for p in problems), problems


def test_rehashed_forgery_is_caught_by_heads(tmp_path, carl):
    """Rewriting the last event and re-hashing it keeps the chain self-consistent; the head the service
    publishes (and a client remembers) no longer matches."""
    conn = _snapshot(tmp_path)
    events = _events(conn)
    last = events[-1]
    forged = dict(last, details={"forged": True})
    forged["integrity_hash"] = hashlib.sha256(forged["prev_hash"].encode() + canonical(forged)).hexdigest()
    assert verify_chains(events[:-1] + [forged]) == []
    heads = {h["tenant"]: h["head_hash"] for h in carl.get("/api/v1/audit/heads").json()["items"]}
    assert heads[last["tenant"]] != forged["integrity_hash"]
