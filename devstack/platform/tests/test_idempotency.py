"""Idempotency-Key on POST: a retry gets the stored response; a reused key with another request gets 422."""

from __future__ import annotations

import json
import uuid

from conftest import assert_problem


def test_same_key_same_body_replays_the_response(carl, api):
    key = str(uuid.uuid4())
    body = {"slug": f"idem-{uuid.uuid4().hex[:8]}", "name": "Idempotent", "plan": "free"}
    first = carl.post("/api/v1/tenants", json=body, headers={"Idempotency-Key": key})
    assert first.status_code == 201
    # Same JSON, other key order and spacing: the same request.
    raw = json.dumps(dict(reversed(list(body.items()))), indent=2)
    second = carl.post("/api/v1/tenants", data=raw,
                       headers={"Idempotency-Key": key, "Content-Type": "application/json"})
    assert second.status_code == 201
    assert second.json() == first.json()
    assert second.headers["Idempotency-Replayed"] == "true"
    assert second.headers["ETag"] == first.headers["ETag"]
    assert "Idempotency-Replayed" not in first.headers
    listed = carl.get("/api/v1/tenants", params={"q": body["slug"]}).json()
    assert listed["total"] == 1, "the replay must not create a second tenant"

    different = carl.post("/api/v1/tenants", json=body | {"name": "Changed"}, headers={"Idempotency-Key": key})
    assert_problem(different, 422, "idempotency-key-reused")
    other_path = carl.post(f"/api/v1/tenants/{first.json()['id']}/suspend", headers={"Idempotency-Key": key})
    assert_problem(other_path, 422, "idempotency-key-reused")

    # Without a key the same body is a new request: the slug is now taken.
    assert_problem(carl.post("/api/v1/tenants", json=body), 409, "conflict")
    carl.delete(f"/api/v1/tenants/{first.json()['id']}", headers={"If-Match": "*"})


def test_action_replay_does_not_repeat_the_action(carl, new_tenant):
    tenant = new_tenant()
    key = str(uuid.uuid4())
    url = f"/api/v1/tenants/{tenant['id']}/suspend"
    first = carl.post(url, headers={"Idempotency-Key": key})
    again = carl.post(url, headers={"Idempotency-Key": key})
    assert first.status_code == again.status_code == 200
    assert again.headers["Idempotency-Replayed"] == "true"
    # A retry without the key is a new request, and the tenant is already suspended.
    assert_problem(carl.post(url), 409, "invalid-state")


def test_keys_are_scoped_per_caller(carl, api):
    """vera's request with carl's key is her own request (and she may not create tenants)."""
    key = str(uuid.uuid4())
    body = {"slug": f"scope-{uuid.uuid4().hex[:8]}", "name": "Scoped"}
    created = carl.post("/api/v1/tenants", json=body, headers={"Idempotency-Key": key})
    assert created.status_code == 201
    assert_problem(api("vera").post("/api/v1/tenants", json=body, headers={"Idempotency-Key": key}), 403, "forbidden")
    carl.delete(f"/api/v1/tenants/{created.json()['id']}", headers={"If-Match": "*"})


def test_malformed_key_is_400(carl):
    response = carl.post("/api/v1/tenants", json={"slug": "never-made", "name": "x"},
                         headers={"Idempotency-Key": "x" * 256})
    assert_problem(response, 400, "bad-request")


def test_rejected_request_outcome_is_stored_too(carl):
    """A 422 is the operation's answer to that request: the retry gets the same answer, marked as replayed."""
    key = str(uuid.uuid4())
    body = {"slug": "Invalid Slug", "name": "x"}
    first = carl.post("/api/v1/tenants", json=body, headers={"Idempotency-Key": key})
    assert_problem(first, 422, "validation-error")
    again = carl.post("/api/v1/tenants", json=body, headers={"Idempotency-Key": key})
    assert_problem(again, 422, "validation-error")
    assert again.headers["Idempotency-Replayed"] == "true" and again.json() == first.json()
