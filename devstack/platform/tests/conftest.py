"""Fixtures for the Platform Admin API suite: a running devstack (Keycloak + the platform service), real tokens.

The environment comes from `devstack/devstack env` (the runner script sources $CUSTOS_DEVSTACK_DIR/env).
User tokens come from the password grant of the confidential `custos-tests` client, with the demo passwords
the devstack exports as CUSTOS_DEMO_<USER>_PASSWORD.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid

import pytest
import requests

REQUIRED = ("CUSTOS_PLATFORM_URL", "CUSTOS_ISSUER", "CUSTOS_TEST_CLIENT_ID", "CUSTOS_TEST_CLIENT_SECRET",
            "CUSTOS_PLATFORM_DB")
GENESIS = "0" * 64
HASHED = ("id", "actor", "action", "resource", "tenant", "trace_id", "ts", "details")


def env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: run against a devstack (eval \"$(devstack/devstack env)\")", pytrace=False)
    return value


@pytest.fixture(scope="session", autouse=True)
def _devstack_environment():
    for name in REQUIRED:
        env(name)


class Tokens:
    """Password-grant tokens per demo user, reused while they have more than 60 s left."""

    def __init__(self):
        self._cache: dict[str, tuple[float, str]] = {}

    def grant(self, username: str, **extra) -> dict:
        response = requests.post(f"{env('CUSTOS_ISSUER')}/protocol/openid-connect/token", timeout=30, data={
            "grant_type": "password", "client_id": env("CUSTOS_TEST_CLIENT_ID"),
            "client_secret": env("CUSTOS_TEST_CLIENT_SECRET"), "username": username,
            "password": env(f"CUSTOS_DEMO_{username.upper()}_PASSWORD"), "scope": "openid", **extra})
        assert response.status_code == 200, f"password grant for {username} failed: {response.text}"
        return response.json()

    def __call__(self, username: str) -> str:
        cached = self._cache.get(username)
        if cached and cached[0] - time.time() > 60:
            return cached[1]
        body = self.grant(username)
        self._cache[username] = (time.time() + body["expires_in"], body["access_token"])
        return body["access_token"]


@pytest.fixture(scope="session")
def tokens() -> Tokens:
    return Tokens()


class Api:
    """requests against the service, as one user (or anonymously)."""

    def __init__(self, base: str, token_source, username: str | None):
        self.base = base.rstrip("/")
        self._tokens = token_source
        self.username = username

    def request(self, method: str, path: str, *, token: str | None = None, headers: dict | None = None,
                **kwargs) -> requests.Response:
        all_headers = dict(headers or {})
        if token is not None:
            all_headers["Authorization"] = f"Bearer {token}"
        elif self.username:
            all_headers["Authorization"] = f"Bearer {self._tokens(self.username)}"
        url = path if path.startswith("http") else f"{self.base}{path}"
        return requests.request(method, url, headers=all_headers, timeout=30, **kwargs)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, **kw):
        return self.request("POST", path, **kw)

    def patch(self, path, **kw):
        return self.request("PATCH", path, **kw)

    def delete(self, path, **kw):
        return self.request("DELETE", path, **kw)


@pytest.fixture(scope="session")
def api(tokens):
    """api("carl") is a client acting as carl; api(None) is anonymous."""
    base = env("CUSTOS_PLATFORM_URL")
    return lambda username: Api(base, tokens, username)


@pytest.fixture(scope="session")
def carl(api):
    return api("carl")


@pytest.fixture(scope="session")
def seeded(carl) -> dict:
    """slug -> tenant for the devstack's seeded tenants."""
    response = carl.get("/api/v1/tenants", params={"limit": 200})
    assert response.status_code == 200, response.text
    tenants = {t["slug"]: t for t in response.json()["items"]}
    for slug in ("acme", "globex", "initech"):
        assert slug in tenants, f"seeded tenant {slug} missing"
    return tenants


@pytest.fixture
def new_tenant(carl):
    """Creates a throw-away tenant (cpi-admin) and deletes it afterwards if the test did not."""
    created = []

    def make(**fields) -> dict:
        body = {"slug": f"t-{uuid.uuid4().hex[:12]}", "name": "Test tenant", "plan": "free"} | fields
        response = carl.post("/api/v1/tenants", json=body)
        assert response.status_code == 201, response.text
        created.append(response.json()["id"])
        return response.json()

    yield make
    for tenant_id in created:
        current = carl.get(f"/api/v1/tenants/{tenant_id}")
        if current.status_code == 200:
            carl.delete(f"/api/v1/tenants/{tenant_id}", headers={"If-Match": current.headers["ETag"]})


def assert_problem(response: requests.Response, status: int, code: str | None = None) -> dict:
    """RFC 9457 shape: media type, members, status echoed, type URI of this API."""
    assert response.status_code == status, f"expected {status}, got {response.status_code}: {response.text}"
    assert response.headers["Content-Type"].startswith("application/problem+json"), response.headers
    body = response.json()
    for member in ("type", "title", "status", "detail", "instance"):
        assert member in body, f"problem without {member}: {body}"
    assert body["status"] == status
    assert body["type"].startswith("urn:custos:platform:problem:")
    assert body["detail"]
    if code:
        assert body["type"] == f"urn:custos:platform:problem:{code}", body
    return body


# ---------------------------------------------------------------------------------------------------------------
# An independent audit-chain verifier (it does not import the service's code).
# ---------------------------------------------------------------------------------------------------------------
def canonical(event: dict) -> bytes:
    """RFC 8785 for the values audit events contain (strings, integers, booleans, null, arrays, objects with
    BMP keys): sorted keys, no whitespace, UTF-8, JSON.stringify escaping, which is what json.dumps with
    ensure_ascii=False produces for these types."""
    body = {k: event[k] for k in HASHED}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def verify_chains(events: list[dict]) -> list[str]:
    """Every problem found in the given events (ascending ids), grouped per chain; [] when intact."""
    problems, heads = [], {}
    last_id = 0
    for event in events:
        if event["id"] <= last_id:
            problems.append(f"event {event['id']}: ids not ascending")
        last_id = event["id"]
        chain = event["tenant"]
        expected_prev = heads.get(chain, GENESIS)
        if event["prev_hash"] != expected_prev:
            problems.append(f"event {event['id']}: prev_hash does not link to the previous event of its chain")
        recomputed = hashlib.sha256(event["prev_hash"].encode("ascii") + canonical(event)).hexdigest()
        if recomputed != event["integrity_hash"]:
            problems.append(f"event {event['id']}: integrity_hash does not match its content")
        heads[chain] = event["integrity_hash"]
    return problems


def fetch_all_events(client: Api, **params) -> list[dict]:
    events, cursor = [], None
    while True:
        query = dict(params, limit=100)
        if cursor:
            query["cursor"] = cursor
        response = client.get("/api/v1/audit/events", params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        events += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return events
