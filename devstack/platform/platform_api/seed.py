"""Demo data for a fresh database, so the console has something to show: three tenants and one active
platform certificate (from a throw-away CA generated here; its key never leaves the database)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import logging
import urllib.parse
import urllib.request
import uuid

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from . import audit, certs
from .app import promote, stage_certificate
from .config import Settings
from .db import Database

log = logging.getLogger("platform.seed")

SEED_ACTOR = {"sub": "platform-seed", "username": "platform-seed"}
TENANTS = [
    ("acme", "Acme Corporation", "enterprise", "admin@acme.example.org"),
    ("globex", "Globex", "standard", "admin@globex.example.org"),
    ("initech", "Initech", "free", "admin@initech.example.org"),
]


def keycloak_organizations(settings: Settings) -> dict[str, str]:
    """alias -> id of the realm's organizations, read with a service account, so seeded tenants point at the
    Keycloak organizations the realm import created (their ids are generated at import). Best effort."""
    if not (settings.keycloak_admin_client_id and settings.keycloak_admin_client_secret):
        return {}
    issuer = settings.issuers[0]
    base, _, realm = issuer.rpartition("/realms/")
    try:
        form = urllib.parse.urlencode({"grant_type": "client_credentials",
                                       "client_id": settings.keycloak_admin_client_id,
                                       "client_secret": settings.keycloak_admin_client_secret}).encode()
        with urllib.request.urlopen(f"{issuer}/protocol/openid-connect/token", data=form, timeout=10) as r:
            token = json.load(r)["access_token"]
        request = urllib.request.Request(f"{base}/admin/realms/{realm}/organizations?briefRepresentation=true",
                                         headers={"Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(request, timeout=10) as r:
            return {o["alias"]: o["id"] for o in json.load(r) if "alias" in o and "id" in o}
    except (OSError, ValueError, KeyError) as exc:
        log.warning("cannot read Keycloak organizations; seeded tenants get no keycloak_organization_id: %s", exc)
        return {}


def _demo_certificate() -> tuple[str, str]:
    """(chain PEM, key PEM): a P-256 server certificate for the platform host names, signed by a throw-away CA."""
    now = dt.datetime.now(dt.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Custos devstack"),
                         x509.NameAttribute(NameOID.COMMON_NAME, "Custos devstack platform CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
          .not_valid_after(now + dt.timedelta(days=365))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Custos devstack"),
                                     x509.NameAttribute(NameOID.COMMON_NAME, "platform.custos.test")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=90))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("platform.custos.test"),
                                                        x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    chain = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (leaf, ca)).decode()
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    return chain, key_pem


def seed_if_empty(db: Database, settings: Settings) -> None:
    with db.read() as conn:
        if conn.execute("SELECT 1 FROM audit_events LIMIT 1").fetchone():
            return                     # not a fresh database: never re-seed over real history
    organizations = keycloak_organizations(settings)
    trace = uuid.uuid4().hex
    with db.tx() as conn:
        for slug, name, plan, email in TENANTS:
            tenant_id, now = str(uuid.uuid4()), audit.utc_now()
            conn.execute("INSERT INTO tenants VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?, 1)",
                         (tenant_id, slug, name, plan, email, organizations.get(slug), now, now))
            row = conn.execute("SELECT * FROM tenants WHERE id = ?", (tenant_id,)).fetchone()
            audit.append(conn, actor=SEED_ACTOR, action="TENANT_CREATE", resource=f"tenants/{tenant_id}",
                         tenant=tenant_id, trace_id=trace,
                         details={"tenant": {k: row[k] for k in row.keys() if k != "version"}})
        chain_pem, key_pem = _demo_certificate()
        info, chain_pem, key_pem = certs.from_pem(chain_pem, key_pem, None)
        cert_id = str(uuid.uuid4())
        stage_certificate(conn, cert_id, info, chain_pem, key_pem, SEED_ACTOR, trace)
        promote(conn, conn.execute("SELECT * FROM platform_certificates WHERE id = ?", (cert_id,)).fetchone(),
                "CERTIFICATE_ACTIVATED", SEED_ACTOR, trace)
    log.info("seeded tenants %s (Keycloak organizations: %s) and an active platform certificate",
             ", ".join(t[0] for t in TENANTS), ", ".join(sorted(organizations)) or "none")
