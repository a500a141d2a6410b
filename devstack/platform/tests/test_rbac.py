"""The RBAC matrix of platform-seed-003.md, with real tokens of the demo users.

carl cpi-admin (everything); tina tenant-admin of acme (own tenant only); vera viewer (read only);
alice iam-operator, ada auditor and joe realm-admin have no platform role (403 everywhere but /me).
"""

from __future__ import annotations

import uuid

import pytest

from conftest import assert_problem, fetch_all_events


@pytest.fixture(scope="module")
def ids(seeded, carl):
    certs = carl.get("/api/v1/platform-certificates", params={"state": "active"}).json()["items"]
    return {"acme": seeded["acme"]["id"], "globex": seeded["globex"]["id"], "cert": certs[0]["id"]}


READS = [
    ("GET", "/api/v1/tenants"),
    ("GET", "/api/v1/tenants/{acme}"),
    ("GET", "/api/v1/tenants/{globex}"),
    ("GET", "/api/v1/tenants/{acme}/ca-certificates"),
    ("GET", "/api/v1/tenants/{globex}/ca-certificates"),
    ("GET", "/api/v1/platform-certificates"),
    ("GET", "/api/v1/platform-certificates/{cert}"),
    ("GET", "/api/v1/audit/events"),
    ("GET", "/api/v1/audit/heads"),
]

# (user, method, path) -> expected status for the reads.
READ_EXPECTATIONS = {
    "carl": [200] * 9,
    "vera": [200] * 9,
    "tina": [200, 200, 403, 200, 403, 403, 403, 200, 200],
    "alice": [403] * 9,
    "ada": [403] * 9,
    "joe": [403] * 9,
}


@pytest.mark.parametrize("user", sorted(READ_EXPECTATIONS))
def test_read_matrix(api, ids, user):
    client = api(user)
    got = []
    for method, path in READS:
        response = client.request(method, path.format(**ids))
        got.append(response.status_code)
        if response.status_code == 403:
            assert_problem(response, 403, "forbidden")
    assert got == READ_EXPECTATIONS[user], list(zip([p for _, p in READS], got))


def test_tenant_admin_lists_only_own_tenant(api):
    items = api("tina").get("/api/v1/tenants").json()["items"]
    assert [t["slug"] for t in items] == ["acme"]


def test_tenant_admin_reads_only_own_audit_chain(api, ids):
    tina = api("tina")
    events = fetch_all_events(tina)
    assert events and {e["tenant"] for e in events} == {ids["acme"]}
    assert_problem(tina.get("/api/v1/audit/events", params={"tenant": ids["globex"]}), 403, "forbidden")
    assert_problem(tina.get("/api/v1/audit/events", params={"tenant": "platform"}), 403, "forbidden")
    heads = tina.get("/api/v1/audit/heads").json()["items"]
    assert [h["tenant"] for h in heads] == [ids["acme"]]


@pytest.mark.parametrize("user", ["tina", "vera", "alice", "joe"])
def test_only_cpi_admin_changes_tenants_and_platform_certificates(api, ids, user):
    client = api(user)
    attempts = [
        client.post("/api/v1/tenants", json={"slug": f"x-{uuid.uuid4().hex[:8]}", "name": "X"}),
        client.patch(f"/api/v1/tenants/{ids['acme']}", json={"name": "Renamed"}, headers={"If-Match": "*"}),
        client.post(f"/api/v1/tenants/{ids['acme']}/suspend"),
        client.delete(f"/api/v1/tenants/{ids['globex']}", headers={"If-Match": "*"}),
        client.post(f"/api/v1/platform-certificates/{ids['cert']}/activate"),
        client.delete(f"/api/v1/platform-certificates/{ids['cert']}"),
    ]
    for response in attempts:
        assert_problem(response, 403, "forbidden")


def test_tenant_admin_touching_another_tenant_is_403_and_audited(api, carl, ids):
    tina = api("tina")
    response = tina.post(f"/api/v1/tenants/{ids['globex']}/ca-certificates",
                         json={"label": "sneaky", "certificate_pem": "irrelevant"},
                         headers={"X-Request-Id": "rbac-denial-probe"})
    assert_problem(response, 403, "forbidden")
    denied = [e for e in fetch_all_events(carl, tenant="platform", action="ACCESS_DENIED")
              if e["trace_id"] == "rbac-denial-probe"]
    assert len(denied) == 1
    assert denied[0]["actor"]["username"] == "tina"
    assert denied[0]["details"]["target_tenant"] == ids["globex"]
    # The denial is not written into globex's chain.
    assert not [e for e in fetch_all_events(carl, tenant=ids["globex"]) if e["trace_id"] == "rbac-denial-probe"]


def test_tenant_admin_of_unknown_tenant_gets_403_not_404(api):
    assert_problem(api("tina").get(f"/api/v1/tenants/{uuid.uuid4()}"), 403, "forbidden")


def test_me_for_every_valid_token(api, ids):
    tina = api("tina").get("/api/v1/me").json()
    assert tina["username"] == "tina" and "tenant-admin" in tina["roles"]
    assert tina["tenant"] == {"id": ids["acme"], "slug": "acme", "name": tina["tenant"]["name"]}
    assert "tenant-ca-certificates:write:own" in tina["permissions"]
    alice = api("alice").get("/api/v1/me")
    assert alice.status_code == 200
    assert alice.json()["permissions"] == [] and alice.json()["tenant"] is None
    assert "tenants:write" in api("carl").get("/api/v1/me").json()["permissions"]
    vera = api("vera").get("/api/v1/me").json()
    assert "tenants:read" in vera["permissions"] and not [p for p in vera["permissions"] if ":write" in p]
