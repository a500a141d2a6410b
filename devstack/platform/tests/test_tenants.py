"""Tenants: CRUD, lifecycle, ETag / If-Match, search and paging, validation problems."""

from __future__ import annotations

import uuid

from conftest import assert_problem


def test_create_get_and_fields(carl, new_tenant):
    tenant = new_tenant(name="Umbrella", plan="enterprise", admin_email="ops@umbrella.example.org",
                        keycloak_organization_id="0b8f7d7e-1111-4222-8333-944455556666")
    assert tenant["status"] == "active"
    for field in ("id", "slug", "name", "status", "plan", "created_at", "updated_at", "keycloak_organization_id",
                  "admin_email"):
        assert field in tenant
    response = carl.get(f"/api/v1/tenants/{tenant['id']}")
    assert response.status_code == 200
    assert response.json() == tenant
    assert response.headers["ETag"].startswith('"')


def test_create_answers_location_and_etag(carl):
    slug = f"loc-{uuid.uuid4().hex[:8]}"
    response = carl.post("/api/v1/tenants", json={"slug": slug, "name": "Location"})
    assert response.status_code == 201
    assert response.headers["Location"] == f"/api/v1/tenants/{response.json()['id']}"
    assert response.json()["plan"] == "standard"
    etag = response.headers["ETag"]
    assert carl.delete(response.headers["Location"], headers={"If-Match": etag}).status_code == 204


def test_duplicate_slug_is_409(carl, new_tenant):
    tenant = new_tenant()
    response = carl.post("/api/v1/tenants", json={"slug": tenant["slug"], "name": "Again"})
    body = assert_problem(response, 409, "conflict")
    assert body["errors"][0]["pointer"] == "#/slug"


def test_validation_problems_point_at_the_member(carl):
    response = carl.post("/api/v1/tenants", json={"slug": "Not A Slug", "name": "", "plan": "gold", "extra": 1})
    body = assert_problem(response, 422, "validation-error")
    pointers = {e["pointer"] for e in body["errors"]}
    assert {"#/slug", "#/name", "#/plan", "#/extra"} <= pointers, body


def test_update_needs_if_match(carl, new_tenant):
    tenant = new_tenant()
    url = f"/api/v1/tenants/{tenant['id']}"
    assert_problem(carl.patch(url, json={"name": "No precondition"}), 428, "precondition-required")

    etag = carl.get(url).headers["ETag"]
    updated = carl.patch(url, json={"name": "Renamed", "admin_email": "new@example.org"},
                         headers={"If-Match": etag, "Content-Type": "application/merge-patch+json"})
    assert updated.status_code == 200, updated.text
    assert updated.json()["name"] == "Renamed" and updated.json()["admin_email"] == "new@example.org"
    assert updated.json()["updated_at"] > tenant["updated_at"]
    new_etag = updated.headers["ETag"]
    assert new_etag != etag

    stale = carl.patch(url, json={"name": "Lost update"}, headers={"If-Match": etag})
    assert_problem(stale, 412, "precondition-failed")
    assert stale.headers["ETag"] == new_etag
    weak = carl.patch(url, json={"name": "Weak"}, headers={"If-Match": "W/" + new_etag})
    assert_problem(weak, 412, "precondition-failed")

    cleared = carl.patch(url, json={"admin_email": None}, headers={"If-Match": new_etag})
    assert cleared.status_code == 200 and cleared.json()["admin_email"] is None
    assert carl.get(url).json()["name"] == "Renamed"


def test_update_refuses_slug_and_null_name(carl, new_tenant):
    tenant = new_tenant()
    url = f"/api/v1/tenants/{tenant['id']}"
    assert_problem(carl.patch(url, json={"slug": "other"}, headers={"If-Match": "*"}), 422, "validation-error")
    body = assert_problem(carl.patch(url, json={"name": None}, headers={"If-Match": "*"}), 422, "validation-error")
    assert body["errors"][0]["pointer"] == "#/name"


def test_suspend_reactivate_delete(carl, new_tenant):
    tenant = new_tenant()
    url = f"/api/v1/tenants/{tenant['id']}"
    suspended = carl.post(f"{url}/suspend")
    assert suspended.status_code == 200 and suspended.json()["status"] == "suspended"
    assert_problem(carl.post(f"{url}/suspend"), 409, "invalid-state")
    assert_problem(carl.post(f"{url}/reactivate", headers={"If-Match": '"v1"'}), 412, "precondition-failed")
    reactivated = carl.post(f"{url}/reactivate", headers={"If-Match": suspended.headers["ETag"]})
    assert reactivated.status_code == 200 and reactivated.json()["status"] == "active"

    assert_problem(carl.delete(url), 428, "precondition-required")
    assert_problem(carl.delete(url, headers={"If-Match": suspended.headers["ETag"]}), 412, "precondition-failed")
    assert carl.delete(url, headers={"If-Match": reactivated.headers["ETag"]}).status_code == 204
    assert_problem(carl.get(url), 404, "not-found")
    assert_problem(carl.delete(url, headers={"If-Match": "*"}), 404, "not-found")


def test_search_and_paging(carl, new_tenant):
    marker = uuid.uuid4().hex[:8]
    made = sorted(new_tenant(slug=f"page-{marker}-{i}", name=f"Paging {marker} {i}")["slug"] for i in range(5))
    by_q = carl.get("/api/v1/tenants", params={"q": marker.upper()}).json()
    assert by_q["total"] == 5 and [t["slug"] for t in by_q["items"]] == made

    seen, cursor = [], None
    while True:
        params = {"q": marker, "limit": 2} | ({"cursor": cursor} if cursor else {})
        page = carl.get("/api/v1/tenants", params=params).json()
        assert len(page["items"]) <= 2 and page["total"] == 5
        seen += [t["slug"] for t in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == made

    offset_page = carl.get("/api/v1/tenants", params={"q": marker, "limit": 2, "offset": 3}).json()
    assert [t["slug"] for t in offset_page["items"]] == made[3:5]
    assert carl.get("/api/v1/tenants", params={"q": "%"}).json()["total"] == 0      # LIKE wildcards are literal

    both = carl.get("/api/v1/tenants", params={"cursor": by_q["next_cursor"] or "x", "offset": 1})
    assert_problem(both, 422, "validation-error")
    bad = carl.get("/api/v1/tenants", params={"cursor": "not-a-cursor"})
    assert assert_problem(bad, 422, "validation-error")["errors"][0]["parameter"] == "cursor"
    assert_problem(carl.get("/api/v1/tenants", params={"limit": 0}), 422, "validation-error")


def test_seeded_tenants_link_keycloak_organizations(seeded):
    # acme and globex exist as organizations in the demo realm; initech does not.
    assert seeded["acme"]["keycloak_organization_id"]
    assert seeded["globex"]["keycloak_organization_id"]
    assert seeded["initech"]["keycloak_organization_id"] is None
