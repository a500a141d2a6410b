"""Tenant CA certificates (client-certificate trust per tenant): stage, activate, delete, with RBAC."""

from __future__ import annotations

import datetime as dt

from certutil import NOW, make_ca, make_leaf, new_key
from conftest import assert_problem


def test_lifecycle(carl, new_tenant):
    tenant = new_tenant()
    url = f"/api/v1/tenants/{tenant['id']}/ca-certificates"
    ca = make_ca("Tenant client CA", key=new_key("rsa", 2048))
    staged = carl.post(url, json={"label": "clients 2026", "certificate_pem": ca.pem})
    assert staged.status_code == 201, staged.text
    cert = staged.json()
    assert cert["state"] == "staged" and cert["label"] == "clients 2026" and cert["tenant_id"] == tenant["id"]
    assert cert["fingerprint_sha256"] == ca.fingerprint and cert["self_signed"] is True
    assert cert["key_type"] == "RSA" and cert["key_bits"] == 2048
    assert staged.headers["Location"] == f"{url}/{cert['id']}"

    assert_problem(carl.post(url, json={"label": "again", "certificate_pem": ca.pem}), 409, "conflict")
    activated = carl.post(f"{url}/{cert['id']}/activate")
    assert activated.status_code == 200 and activated.json()["state"] == "active"
    assert_problem(carl.post(f"{url}/{cert['id']}/activate"), 409, "invalid-state")

    second = carl.post(url, json={"label": "clients 2027", "certificate_pem": make_ca("Next client CA").pem})
    assert second.status_code == 201
    assert carl.post(f"{url}/{second.json()['id']}/activate").status_code == 200
    states = {c["label"]: c["state"] for c in carl.get(url).json()["items"]}
    assert states == {"clients 2026": "active", "clients 2027": "active"}      # overlap for rotation

    assert carl.delete(f"{url}/{cert['id']}").status_code == 204
    assert_problem(carl.get(f"{url}/{cert['id']}"), 404, "not-found")
    assert [c["label"] for c in carl.get(url).json()["items"]] == ["clients 2027"]


def test_rejections(carl, new_tenant):
    tenant = new_tenant()
    url = f"/api/v1/tenants/{tenant['id']}/ca-certificates"

    def reason(pem):
        problem = assert_problem(carl.post(url, json={"label": "x", "certificate_pem": pem}), 422,
                                 "certificate-invalid")
        assert problem["errors"][0]["pointer"] == "#/certificate_pem"
        return problem["reason"]

    root = make_ca("Root")
    assert reason(make_leaf(root).pem) == "not-a-ca"
    assert reason(root.pem + make_ca("Other").pem) == "pem-invalid"
    assert reason("garbage") == "pem-invalid"
    assert reason(make_ca("Old", not_before=NOW - dt.timedelta(days=400), days=30).pem) == "expired"
    assert reason(make_ca("Weak", key=new_key("rsa", 1024)).pem) == "key-too-weak"

    future = carl.post(url, json={"label": "future", "certificate_pem":
                                  make_ca("Future", not_before=NOW + dt.timedelta(days=3)).pem})
    assert future.status_code == 201
    problem = assert_problem(carl.post(f"{url}/{future.json()['id']}/activate"), 409, "invalid-state")
    assert problem["reason"] == "not-yet-valid"


def test_unknown_tenant_is_404(carl):
    url = "/api/v1/tenants/00000000-0000-4000-8000-000000000000/ca-certificates"
    assert_problem(carl.get(url), 404, "not-found")
    assert_problem(carl.post(url, json={"label": "x", "certificate_pem": make_ca().pem}), 404, "not-found")


def test_tenant_admin_manages_own_tenant_only(api, seeded):
    tina, vera = api("tina"), api("vera")
    own = f"/api/v1/tenants/{seeded['acme']['id']}/ca-certificates"
    other = f"/api/v1/tenants/{seeded['globex']['id']}/ca-certificates"
    ca = make_ca("Acme client CA")

    staged = tina.post(own, json={"label": "acme clients", "certificate_pem": ca.pem})
    assert staged.status_code == 201, staged.text
    cert_url = f"{own}/{staged.json()['id']}"
    assert vera.get(cert_url).status_code == 200
    assert_problem(vera.post(f"{cert_url}/activate"), 403, "forbidden")
    assert_problem(vera.delete(cert_url), 403, "forbidden")
    assert tina.post(f"{cert_url}/activate").status_code == 200

    assert_problem(tina.post(other, json={"label": "x", "certificate_pem": make_ca().pem}), 403, "forbidden")
    assert_problem(tina.get(other), 403, "forbidden")
    assert tina.delete(cert_url).status_code == 204
