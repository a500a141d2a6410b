"""Settings, from the environment the devstack sets (see README.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    db_path: str
    issuers: list[str]           # accepted "iss" values; the first one's JWKS is used
    jwks_url: str
    audience: str
    leeway: int
    keycloak_admin_client_id: str | None
    keycloak_admin_client_secret: str | None

    @staticmethod
    def from_env() -> "Settings":
        issuer = os.environ.get("CUSTOS_PLATFORM_ISSUER", "").rstrip("/")
        if not issuer:
            raise SystemExit("CUSTOS_PLATFORM_ISSUER is not set (the Keycloak realm URL)")
        extra = [i.rstrip("/") for i in os.environ.get("CUSTOS_PLATFORM_EXTRA_ISSUERS", "").split() if i]
        return Settings(
            db_path=os.environ.get("CUSTOS_PLATFORM_DB", "platform.db"),
            issuers=[issuer] + extra,
            jwks_url=os.environ.get("CUSTOS_PLATFORM_JWKS_URL", f"{issuer}/protocol/openid-connect/certs"),
            audience=os.environ.get("CUSTOS_PLATFORM_AUDIENCE", "platform-api"),
            leeway=int(os.environ.get("CUSTOS_PLATFORM_LEEWAY_SECONDS", "5")),
            keycloak_admin_client_id=os.environ.get("CUSTOS_PLATFORM_KEYCLOAK_CLIENT_ID") or None,
            keycloak_admin_client_secret=os.environ.get("CUSTOS_PLATFORM_KEYCLOAK_CLIENT_SECRET") or None,
        )
