"""Platform certificates: stage (PEM, PKCS#12) with precise rejections, activate, restore, discard."""

from __future__ import annotations

import datetime as dt

import pytest

from certutil import NOW, make_ca, make_leaf, new_key, pkcs12_b64
from conftest import assert_problem

URL = "/api/v1/platform-certificates"


@pytest.fixture(scope="module")
def ca():
    root = make_ca("Test root CA")
    return root, make_ca("Test intermediate CA", issuer=root)


@pytest.fixture
def clean(carl):
    """No staged certificate before and after (at most one may be staged at a time)."""
    def discard_staged():
        for cert in carl.get(URL, params={"state": "staged"}).json()["items"]:
            assert carl.delete(f"{URL}/{cert['id']}").status_code == 204
    discard_staged()
    yield
    discard_staged()


def pem_body(leaf, chain, key_pem=None, password=None):
    body = {"format": "pem", "certificate_chain_pem": "".join(c.pem for c in [leaf, *chain]),
            "private_key_pem": key_pem or leaf.key_pem}
    if password is not None:
        body["private_key_password"] = password
    return body


def stage(carl, body):
    return carl.post(URL, json=body)


def test_lifecycle_stage_activate_restore_discard(carl, ca, clean):
    root, intermediate = ca
    before = carl.get(URL, params={"state": "active"}).json()["items"]
    assert len(before) == 1, "the devstack seeds one active certificate"
    previous = before[0]

    leaf = make_leaf(intermediate, sans=("platform.custos.test", "127.0.0.1"), key=new_key("rsa", 2048))
    # Chain given out of order: the service puts the leaf first.
    staged = stage(carl, {"format": "pem", "certificate_chain_pem": root.pem + leaf.pem + intermediate.pem,
                          "private_key_pem": leaf.key_pem})
    assert staged.status_code == 201, staged.text
    cert = staged.json()
    assert cert["state"] == "staged"
    assert cert["fingerprint_sha256"] == leaf.fingerprint
    assert cert["sans"] == ["DNS:platform.custos.test", "IP:127.0.0.1"]
    assert cert["key_type"] == "RSA" and cert["key_bits"] == 2048 and cert["key_curve"] is None
    assert cert["subject"] == "CN=platform.custos.test,O=Custos tests"
    assert cert["issuer"] == "CN=Test intermediate CA,O=Custos tests"
    assert [c["fingerprint_sha256"] for c in cert["chain"]] == [leaf.fingerprint, intermediate.fingerprint,
                                                               root.fingerprint]
    assert cert["not_after"] == leaf.cert.not_valid_after_utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert "private_key_pem" not in cert and "key_pem" not in cert
    assert staged.headers["Location"] == f"{URL}/{cert['id']}"

    second = stage(carl, pem_body(make_leaf(intermediate), [intermediate]))
    assert_problem(second, 409, "conflict")
    assert_problem(carl.post(f"{URL}/{previous['id']}/activate"), 409, "invalid-state")

    activated = carl.post(f"{URL}/{cert['id']}/activate")
    assert activated.status_code == 200, activated.text
    assert activated.json()["state"] == "active" and activated.json()["activated_at"]
    assert carl.get(f"{URL}/{previous['id']}").json()["state"] == "archived"
    assert_problem(carl.delete(f"{URL}/{cert['id']}"), 409, "invalid-state")      # only staged can be discarded
    assert_problem(carl.post(f"{URL}/{cert['id']}/restore"), 409, "invalid-state")

    restored = carl.post(f"{URL}/{previous['id']}/restore")
    assert restored.status_code == 200, restored.text
    assert restored.json()["state"] == "active" and restored.json()["archived_at"] is None
    assert carl.get(f"{URL}/{cert['id']}").json()["state"] == "archived"
    active = carl.get(URL, params={"state": "active"}).json()["items"]
    assert [c["id"] for c in active] == [previous["id"]]

    assert_problem(stage(carl, pem_body(leaf, [intermediate])), 409, "conflict")    # already known (archived)
    other = stage(carl, pem_body(make_leaf(intermediate), [intermediate, root]))
    assert other.status_code == 201
    assert carl.delete(f"{URL}/{other.json()['id']}").status_code == 204
    assert_problem(carl.get(f"{URL}/{other.json()['id']}"), 404, "not-found")


def _expect_rejection(carl, body, reason, pointer):
    problem = assert_problem(stage(carl, body), 422, "certificate-invalid")
    assert problem["reason"] == reason, problem
    assert problem["errors"][0]["pointer"] == pointer, problem
    return problem


def test_expired_certificate(carl, ca, clean):
    _, intermediate = ca
    leaf = make_leaf(intermediate, not_before=NOW - dt.timedelta(days=30), not_after=NOW - dt.timedelta(days=1))
    problem = _expect_rejection(carl, pem_body(leaf, [intermediate]), "expired", "#/certificate_chain_pem")
    assert "expired on" in problem["detail"]


def test_key_mismatch(carl, ca, clean):
    _, intermediate = ca
    leaf = make_leaf(intermediate)
    stranger = make_leaf(intermediate)
    problem = _expect_rejection(carl, pem_body(leaf, [intermediate], key_pem=stranger.key_pem), "key-mismatch",
                                "#/certificate_chain_pem")
    assert "does not belong" in problem["detail"]


@pytest.mark.parametrize("garbage", [
    "not a certificate",
    "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
    "-----BEGIN CERTIFICATE-----\n" + "QUJD" * 40 + "\n-----END CERTIFICATE-----\n",
])
def test_garbage_pem(carl, garbage, clean):
    _expect_rejection(carl, {"format": "pem", "certificate_chain_pem": garbage,
                             "private_key_pem": new_and_pem()}, "pem-invalid", "#/certificate_chain_pem")


def new_and_pem():
    return make_leaf(None).key_pem


def test_garbage_key(carl, ca, clean):
    _, intermediate = ca
    leaf = make_leaf(intermediate)
    _expect_rejection(carl, pem_body(leaf, [intermediate], key_pem="-----BEGIN PRIVATE KEY-----\nAAAA\n"
                                     "-----END PRIVATE KEY-----\n"), "key-invalid", "#/private_key_pem")


def test_encrypted_key(carl, ca, clean):
    _, intermediate = ca
    leaf = make_leaf(intermediate)
    encrypted = leaf.encrypted_key_pem("s3cret-pass")
    _expect_rejection(carl, pem_body(leaf, [intermediate], key_pem=encrypted), "key-password", "#/private_key_pem")
    _expect_rejection(carl, pem_body(leaf, [intermediate], key_pem=encrypted, password="wrong"), "key-password",
                      "#/private_key_pem")
    ok = stage(carl, pem_body(leaf, [intermediate], key_pem=encrypted, password="s3cret-pass"))
    assert ok.status_code == 201, ok.text


def test_weak_rsa_key(carl, ca, clean):
    _, intermediate = ca
    leaf = make_leaf(intermediate, key=new_key("rsa", 1024))
    problem = _expect_rejection(carl, pem_body(leaf, [intermediate]), "key-too-weak", "#/certificate_chain_pem")
    assert "RSA-1024" in problem["detail"]


def test_missing_san(carl, ca, clean):
    _, intermediate = ca
    _expect_rejection(carl, pem_body(make_leaf(intermediate, sans=()), [intermediate]), "san-missing",
                      "#/certificate_chain_pem")


def test_broken_chain(carl, ca, clean):
    _, intermediate = ca
    leaf = make_leaf(intermediate)
    # An impostor CA with the intermediate's name but another key: the name matches, the signature does not.
    impostor = make_ca("Test intermediate CA")
    problem = _expect_rejection(carl, pem_body(leaf, [impostor]), "chain-broken", "#/certificate_chain_pem")
    assert "is not issued by" in problem["detail"]
    # An unrelated extra certificate in the bundle breaks the chain the same way.
    _expect_rejection(carl, pem_body(leaf, [make_ca("Unrelated CA")]), "chain-broken", "#/certificate_chain_pem")


def test_leaf_must_not_be_a_ca(carl, clean):
    root = make_ca("Lonely root")
    _expect_rejection(carl, {"format": "pem", "certificate_chain_pem": root.pem, "private_key_pem": root.key_pem},
                      "leaf-is-ca", "#/certificate_chain_pem")


def test_self_signed_is_accepted_and_flagged(carl, clean):
    leaf = make_leaf(None, sans=("selfsigned.custos.test",))
    response = stage(carl, pem_body(leaf, []))
    assert response.status_code == 201, response.text
    assert response.json()["self_signed"] is True


def test_not_yet_valid_can_be_staged_but_not_activated(carl, ca, clean):
    _, intermediate = ca
    leaf = make_leaf(intermediate, not_before=NOW + dt.timedelta(days=2), not_after=NOW + dt.timedelta(days=60))
    staged = stage(carl, pem_body(leaf, [intermediate]))
    assert staged.status_code == 201, staged.text
    problem = assert_problem(carl.post(f"{URL}/{staged.json()['id']}/activate"), 409, "invalid-state")
    assert problem["reason"] == "not-yet-valid"


def test_pkcs12(carl, ca, clean):
    root, intermediate = ca
    leaf = make_leaf(intermediate, key=new_key("rsa", 3072))
    staged = stage(carl, {"format": "pkcs12", "pkcs12": pkcs12_b64(leaf, [root, intermediate], "p12-pass"),
                          "password": "p12-pass"})
    assert staged.status_code == 201, staged.text
    assert staged.json()["fingerprint_sha256"] == leaf.fingerprint
    assert staged.json()["key_bits"] == 3072
    assert [c["subject"] for c in staged.json()["chain"]][1:] == ["CN=Test intermediate CA,O=Custos tests",
                                                                 "CN=Test root CA,O=Custos tests"]


def test_pkcs12_rejections(carl, ca, clean):
    _, intermediate = ca
    leaf = make_leaf(intermediate)
    blob = pkcs12_b64(leaf, [intermediate], "right")
    for body in ({"format": "pkcs12", "pkcs12": blob, "password": "wrong"},
                 {"format": "pkcs12", "pkcs12": "%%% not base64 %%%"},
                 {"format": "pkcs12", "pkcs12": "aGVsbG8gd29ybGQ="}):
        problem = _expect_rejection(carl, body, "pkcs12-invalid", "#/pkcs12")
        assert problem["detail"]
    expired = make_leaf(intermediate, not_before=NOW - dt.timedelta(days=9), not_after=NOW - dt.timedelta(days=2))
    _expect_rejection(carl, {"format": "pkcs12", "pkcs12": pkcs12_b64(expired, [intermediate], None)}, "expired",
                      "#/pkcs12")


def test_stage_body_validation(carl, clean):
    missing = assert_problem(stage(carl, {"format": "pem", "certificate_chain_pem": "x"}), 422, "validation-error")
    assert {"pointer": "#/private_key_pem", "detail": missing["errors"][0]["detail"]} in missing["errors"]
    assert_problem(stage(carl, {"format": "der"}), 422, "validation-error")
