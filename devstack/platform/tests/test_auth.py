"""Token validation: only Keycloak access tokens for audience platform-api, signed by the realm, unexpired."""

from __future__ import annotations

import base64
import json
import time

import jwt
import pytest
import requests
from cryptography.hazmat.primitives.asymmetric import rsa

from conftest import assert_problem, env


def test_health_needs_no_token(api):
    response = api(None).get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_openapi_document_is_served(api):
    response = api(None).get("/api/v1/openapi.yaml")
    assert response.status_code == 200
    assert "title: Platform Admin API v1" in response.text


def test_no_token_is_401_with_challenge(api):
    response = api(None).get("/api/v1/tenants")
    assert_problem(response, 401, "unauthorized")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_basic_auth_is_not_a_bearer_token(api):
    response = api(None).get("/api/v1/me", headers={"Authorization": "Basic Y2FybDpwYXNz"})
    assert_problem(response, 401, "unauthorized")


@pytest.mark.parametrize("garbage", ["garbage", "a.b.c", "eyJhbGciOiJub25lIn0.e30."])
def test_garbage_token_is_401(api, garbage):
    response = api(None).get("/api/v1/me", token=garbage)
    body = assert_problem(response, 401, "invalid-token")
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]
    assert body["detail"]


def _claims_of(token: str) -> dict:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def test_forged_signature_is_401(api, tokens):
    """Same claims and kid as a real token, signed with a key the realm does not have."""
    real = tokens("carl")
    header = jwt.get_unverified_header(real)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    forged = jwt.encode(_claims_of(real), key, algorithm="RS256", headers={"kid": header["kid"]})
    assert_problem(api(None).get("/api/v1/me", token=forged), 401, "invalid-token")


def test_hmac_token_is_401(api, tokens):
    """alg confusion: HS256 with the realm's public key material as the secret must not pass."""
    claims = _claims_of(tokens("carl"))
    forged = jwt.encode(claims, "not-the-realm-key-but-long-enough-for-hs256", algorithm="HS256")
    body = assert_problem(api(None).get("/api/v1/me", token=forged), 401, "invalid-token")
    assert "RS256" in body["detail"]


def test_id_token_is_not_an_access_token(api, tokens):
    """The ID token is signed by the realm too, but its audience is the client, not platform-api."""
    id_token = tokens.grant("carl")["id_token"]
    body = assert_problem(api(None).get("/api/v1/me", token=id_token), 401, "invalid-token")
    assert "audience" in body["detail"] or "access token" in body["detail"]


def test_access_token_has_platform_audience_and_tenant_claim(tokens):
    """The realm's audience and tenant mappers: what the service relies on."""
    tina = _claims_of(tokens("tina"))
    assert "platform-api" in (tina["aud"] if isinstance(tina["aud"], list) else [tina["aud"]])
    assert tina["tenant"] == "acme"
    assert "tenant" not in _claims_of(tokens("carl"))


class KeycloakAdmin:
    def __init__(self):
        issuer = env("CUSTOS_ISSUER")
        self.base = issuer.replace("/realms/", "/admin/realms/")
        token = requests.post(f"{issuer}/protocol/openid-connect/token", timeout=30, data={
            "grant_type": "client_credentials", "client_id": env("CUSTOS_TEST_CLIENT_ID"),
            "client_secret": env("CUSTOS_TEST_CLIENT_SECRET")}).json()["access_token"]
        self.headers = {"Authorization": f"Bearer {token}"}

    def client(self, client_id: str) -> dict:
        found = requests.get(f"{self.base}/clients", params={"clientId": client_id}, headers=self.headers,
                             timeout=30).json()
        assert len(found) == 1
        return found[0]

    def set_token_lifespan(self, client_id: str, seconds: str) -> None:
        client = self.client(client_id)
        client.setdefault("attributes", {})["access.token.lifespan"] = seconds
        response = requests.put(f"{self.base}/clients/{client['id']}", json=client, headers=self.headers, timeout=30)
        assert response.status_code == 204, response.text


def test_expired_token_is_401(api, tokens):
    """A real token with a 1 s lifetime (custos-tests' lifespan lowered for one grant, then restored) is
    accepted while valid and refused once its exp plus the service's small clock-skew leeway has passed."""
    admin = KeycloakAdmin()
    admin.set_token_lifespan(env("CUSTOS_TEST_CLIENT_ID"), "1")
    try:
        short = tokens.grant("vera")
    finally:
        admin.set_token_lifespan(env("CUSTOS_TEST_CLIENT_ID"), "")     # empty removes the override
    assert tokens.grant("vera")["expires_in"] > 60, "the custos-tests token lifespan was not restored"
    token = short["access_token"]
    exp = _claims_of(token)["exp"]
    assert api(None).get("/api/v1/me", token=token).status_code == 200
    # Wait for the condition (the token is past exp + leeway), polling the service, bounded.
    deadline = exp + 60
    while True:
        response = api(None).get("/api/v1/me", token=token)
        if response.status_code != 200 or time.time() > deadline:
            break
        time.sleep(0.5)
    body = assert_problem(response, 401, "invalid-token")
    assert "expired" in body["detail"]
