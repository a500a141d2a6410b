"""Keycloak access-token validation and the RBAC rules of platform-seed-003.md.

Only RS256 is accepted (Keycloak's default realm key); the key comes from the realm's JWKS, which is
cached and re-fetched when a token names an unknown kid (key rotation), at most once every 10 s so a
flood of forged kids cannot turn the service into a JWKS-fetching amplifier.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import urllib.request
from dataclasses import dataclass, field

import jwt
from jwt.algorithms import RSAAlgorithm

from .problems import Problem

log = logging.getLogger("platform.auth")

CPI_ADMIN = "cpi-admin"
TENANT_ADMIN = "tenant-admin"
VIEWER = "viewer"
PLATFORM_ROLES = (CPI_ADMIN, TENANT_ADMIN, VIEWER)


class JwksCache:
    def __init__(self, jwks_url: str, min_refresh_interval: float = 10.0):
        self._url = jwks_url
        self._keys: dict[str, object] = {}
        self._fetched_at = 0.0
        self._min_interval = min_refresh_interval
        self._lock = threading.Lock()

    def _fetch(self) -> None:
        with urllib.request.urlopen(self._url, timeout=5) as response:
            document = json.load(response)
        keys = {}
        for jwk in document.get("keys", []):
            # Only RSA signing keys: Keycloak also publishes an encryption key (use=enc, RSA-OAEP).
            if jwk.get("kty") == "RSA" and jwk.get("use", "sig") == "sig" and "kid" in jwk:
                keys[jwk["kid"]] = RSAAlgorithm.from_jwk(jwk)
        self._keys = keys
        self._fetched_at = time.monotonic()

    def key(self, kid: str):
        with self._lock:
            if kid not in self._keys and time.monotonic() - self._fetched_at >= self._min_interval:
                try:
                    self._fetch()
                except OSError as exc:
                    log.warning("cannot fetch JWKS from %s: %s", self._url, exc)
                    if not self._keys:
                        raise Problem("upstream-unavailable",
                                      f"cannot fetch the signing keys of the identity provider ({exc})") from exc
            return self._keys.get(kid)


@dataclass(frozen=True)
class Principal:
    sub: str
    username: str
    roles: frozenset[str]
    tenant_claim: str | None            # the token's "tenant" claim: a tenant slug
    claims: dict = field(repr=False, compare=False, hash=False, default_factory=dict)

    @property
    def actor(self) -> dict:
        return {"sub": self.sub, "username": self.username}

    @property
    def is_cpi_admin(self) -> bool:
        return CPI_ADMIN in self.roles

    @property
    def is_viewer(self) -> bool:
        return VIEWER in self.roles

    @property
    def is_tenant_admin(self) -> bool:
        return TENANT_ADMIN in self.roles and bool(self.tenant_claim)


class TokenVerifier:
    def __init__(self, issuers: list[str], audience: str, jwks: JwksCache, leeway: int):
        self._issuers = issuers
        self._audience = audience
        self._jwks = jwks
        self._leeway = leeway

    def verify(self, token: str) -> Principal:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise invalid_token(f"the access token is not a JWT ({exc})") from exc
        if header.get("alg") != "RS256":
            raise invalid_token(f"the access token is signed with {header.get('alg')!r}; only RS256 is accepted")
        kid = header.get("kid")
        key = self._jwks.key(kid) if isinstance(kid, str) else None
        if key is None:
            raise invalid_token("the access token is signed with a key the identity provider does not publish")
        try:
            claims = jwt.decode(token, key=key, algorithms=["RS256"], audience=self._audience,
                                issuer=self._issuers, leeway=self._leeway,
                                options={"require": ["exp", "iat", "iss", "aud", "sub"]})
        except jwt.ExpiredSignatureError as exc:
            raise invalid_token("the access token has expired") from exc
        except jwt.InvalidAudienceError as exc:
            raise invalid_token(f"the access token is not meant for this API (audience {self._audience!r} missing)") from exc
        except jwt.InvalidIssuerError as exc:
            raise invalid_token("the access token was issued by an unexpected issuer") from exc
        except jwt.PyJWTError as exc:
            raise invalid_token(f"the access token is invalid ({exc})") from exc
        # Keycloak marks access tokens typ=Bearer; an ID or refresh token must not pass as one.
        if claims.get("typ") not in (None, "Bearer"):
            raise invalid_token(f"a {claims.get('typ')!r} token is not an access token")
        roles = claims.get("realm_access", {}).get("roles", [])
        tenant = claims.get("tenant")
        return Principal(sub=str(claims["sub"]), username=str(claims.get("preferred_username") or claims["sub"]),
                         roles=frozenset(r for r in roles if isinstance(r, str)),
                         tenant_claim=tenant if isinstance(tenant, str) and tenant else None, claims=claims)


def invalid_token(detail: str) -> Problem:
    # RFC 6750 §3: tell the client why, in the challenge as well as in the problem body.
    safe = detail.replace("\\", "").replace('"', "'")
    return Problem("invalid-token", detail,
                   headers={"WWW-Authenticate": f'Bearer error="invalid_token", error_description="{safe}"'})


def missing_token() -> Problem:
    return Problem("unauthorized", "send a Keycloak access token as 'Authorization: Bearer <token>'",
                   headers={"WWW-Authenticate": 'Bearer realm="platform-api"'})


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()
