"""SQLite storage. One connection guarded by one lock: the reference service favours obviously-correct
serialisation (every change and its audit event in one IMMEDIATE transaction) over throughput."""

from __future__ import annotations

import contextlib
import sqlite3
import threading

SCHEMA = """
CREATE TABLE IF NOT EXISTS tenants (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
    plan TEXT NOT NULL,
    admin_email TEXT,
    keycloak_organization_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS platform_certificates (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('staged', 'active', 'archived')),
    info TEXT NOT NULL,            -- JSON: subject, issuer, SANs, validity, fingerprint, key, chain summary
    fingerprint_sha256 TEXT NOT NULL,
    chain_pem TEXT NOT NULL,
    key_pem TEXT NOT NULL,         -- PKCS#8, unencrypted: a devstack stand-in for the platform's secret store
    staged_at TEXT NOT NULL,
    activated_at TEXT,
    archived_at TEXT,
    staged_by TEXT NOT NULL
);
-- At most one active and one staged certificate, enforced by the database itself.
CREATE UNIQUE INDEX IF NOT EXISTS platform_certificates_one_per_state
    ON platform_certificates (state) WHERE state IN ('staged', 'active');

CREATE TABLE IF NOT EXISTS tenant_ca_certificates (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('staged', 'active')),
    info TEXT NOT NULL,
    fingerprint_sha256 TEXT NOT NULL,
    pem TEXT NOT NULL,
    staged_at TEXT NOT NULL,
    activated_at TEXT,
    UNIQUE (tenant_id, fingerprint_sha256)
);

CREATE TABLE IF NOT EXISTS audit_events (
    id INTEGER PRIMARY KEY,
    chain TEXT NOT NULL,           -- tenant id, or '' for the platform chain
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    resource TEXT NOT NULL,
    tenant TEXT,
    trace_id TEXT NOT NULL,
    ts TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    integrity_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_events_chain ON audit_events (chain, id);
-- Append-only: the service never rewrites history. (Anyone with the file can drop these triggers,
-- which is why the feed is hash-chained and verifiable by clients.)
CREATE TRIGGER IF NOT EXISTS audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;

CREATE TABLE IF NOT EXISTS idempotency_keys (
    principal TEXT NOT NULL,       -- the token's sub: keys are scoped per caller
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,     -- SHA-256 of method, path and canonical body
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,
    body BLOB NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (principal, key)
);
"""


class Database:
    def __init__(self, path: str):
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._conn.executescript(SCHEMA)

    @contextlib.contextmanager
    def tx(self):
        """A write transaction; the lock makes it the only one in this process."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")

    @contextlib.contextmanager
    def read(self):
        with self._lock:
            yield self._conn

    def close(self) -> None:
        with self._lock:
            self._conn.close()
