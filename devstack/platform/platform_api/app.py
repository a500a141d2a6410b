"""Platform Admin API v1 (openapi.yaml is the contract; this module implements it)."""

from __future__ import annotations

import base64
import json
import logging
import re
import uuid
from pathlib import Path
from typing import Annotated, Optional

from fastapi import Body, Depends, FastAPI, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from . import audit, certs
from .auth import JwksCache, Principal, TokenVerifier, bearer_token, missing_token
from .config import Settings
from .db import Database
from .models import StageCertificate, StagePem, TenantCaStage, TenantCreate, TenantPatch
from .pipeline import RequestPipeline
from .problems import PROBLEM_JSON, Problem, invalid

log = logging.getLogger("platform.api")
SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
PREFIX = "/api/v1"
MUTATING = {"POST", "PUT", "PATCH", "DELETE"}


# ---------------------------------------------------------------------------------------------------------------
# Helpers: problems, trace ids, authentication, RBAC
# ---------------------------------------------------------------------------------------------------------------
def trace_id(request: Request) -> str:
    return getattr(request.state, "trace_id", None) or uuid.uuid4().hex


def problem_response(request: Request, problem: Problem) -> JSONResponse:
    return JSONResponse(problem.body(request.url.path, trace_id(request)), status_code=problem.status,
                        headers=problem.headers, media_type=PROBLEM_JSON)


def authenticate(request: Request) -> Principal:
    token = bearer_token(request.headers.get("authorization"))
    if token is None:
        raise missing_token()
    return request.app.state.verifier.verify(token)


Caller = Annotated[Principal, Depends(authenticate)]


def deny(request: Request, principal: Principal, detail: str, target_tenant: str | None = None) -> Problem:
    """A 403. Denied changes are audited in the platform chain: an operator wants to see who tried what,
    and a tenant admin must not be able to write into another tenant's chain, even by being refused."""
    if request.method in MUTATING:
        with request.app.state.db.tx() as conn:
            audit.append(conn, actor=principal.actor, action="ACCESS_DENIED", resource=request.url.path,
                         tenant=None, trace_id=trace_id(request),
                         details={"method": request.method, "target_tenant": target_tenant, "reason": detail})
    return Problem("forbidden", detail)


def own_tenant_id(request: Request, principal: Principal) -> str | None:
    """The id of the tenant named by a tenant admin's "tenant" claim (a slug), if it exists."""
    if not principal.is_tenant_admin:
        return None
    with request.app.state.db.read() as conn:
        row = conn.execute("SELECT id FROM tenants WHERE slug = ?", (principal.tenant_claim,)).fetchone()
    return row["id"] if row else None


def require_platform_read(request: Request, principal: Principal) -> None:
    if not (principal.is_cpi_admin or principal.is_viewer):
        raise deny(request, principal, "reading platform-wide data needs the cpi-admin or viewer role")


def require_cpi_admin(request: Request, principal: Principal, target_tenant: str | None = None) -> None:
    if not principal.is_cpi_admin:
        raise deny(request, principal, "this change needs the cpi-admin role", target_tenant)


def require_tenant_read(request: Request, principal: Principal, tenant_id: str) -> None:
    if principal.is_cpi_admin or principal.is_viewer:
        return
    if principal.is_tenant_admin and own_tenant_id(request, principal) == tenant_id:
        return
    raise deny(request, principal, "you may only read your own tenant" if principal.is_tenant_admin
               else "reading tenants needs the cpi-admin, tenant-admin or viewer role", tenant_id)


def require_tenant_manage(request: Request, principal: Principal, tenant_id: str) -> None:
    """Tenant CA certificates: cpi-admin anywhere, a tenant admin in their own tenant."""
    if principal.is_cpi_admin:
        return
    if principal.is_tenant_admin and own_tenant_id(request, principal) == tenant_id:
        return
    raise deny(request, principal, "you may only manage your own tenant" if principal.is_tenant_admin
               else "this change needs the cpi-admin or tenant-admin role", tenant_id)


def permissions(principal: Principal) -> list[str]:
    out = []
    if principal.is_cpi_admin:
        out += ["tenants:read", "tenants:write", "platform-certificates:read", "platform-certificates:write",
                "tenant-ca-certificates:read", "tenant-ca-certificates:write", "audit:read"]
    elif principal.is_viewer:
        out += ["tenants:read", "platform-certificates:read", "tenant-ca-certificates:read", "audit:read"]
    if principal.is_tenant_admin and not principal.is_cpi_admin:
        own = ["tenants:read:own", "tenant-ca-certificates:read:own", "tenant-ca-certificates:write:own",
               "audit:read:own"]
        out += [p for p in own if p.rsplit(":", 1)[0] not in out]
    return out


# ---------------------------------------------------------------------------------------------------------------
# Representations
# ---------------------------------------------------------------------------------------------------------------
TENANT_FIELDS = ("id", "slug", "name", "status", "plan", "admin_email", "keycloak_organization_id",
                 "created_at", "updated_at")


def tenant_json(row) -> dict:
    return {k: row[k] for k in TENANT_FIELDS}


def etag(row) -> str:
    return f'"v{row["version"]}"'


def platform_cert_json(row) -> dict:
    out = {"id": row["id"], "state": row["state"]}
    out.update(json.loads(row["info"]))
    out.update({"staged_at": row["staged_at"], "activated_at": row["activated_at"],
                "archived_at": row["archived_at"], "staged_by": row["staged_by"]})
    return out


def ca_cert_json(row) -> dict:
    out = {"id": row["id"], "tenant_id": row["tenant_id"], "label": row["label"], "state": row["state"]}
    out.update(json.loads(row["info"]))
    out.update({"staged_at": row["staged_at"], "activated_at": row["activated_at"], "certificate_pem": row["pem"]})
    return out


def encode_cursor(prefix: str, value: str) -> str:
    return base64.urlsafe_b64encode(f"{prefix}:{value}".encode()).decode().rstrip("=")


def decode_cursor(prefix: str, cursor: str) -> str:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        raw = ""
    if not raw.startswith(prefix + ":"):
        raise Problem("validation-error", "the cursor is not one this API handed out",
                      errors=[{"parameter": "cursor", "detail": "not a cursor from a previous response"}])
    return raw[len(prefix) + 1:]


def check_if_match(request: Request, row, *, required: bool) -> None:
    header = request.headers.get("if-match")
    if header is None:
        if required:
            raise Problem("precondition-required",
                          "send If-Match with the tenant's current ETag (from GET) to change or delete it")
        return
    current = etag(row)
    tags = [t.strip() for t in header.split(",") if t.strip()]
    # Strong comparison (RFC 9110 §13.1.1): a weak tag never matches.
    if "*" in tags or current in tags:
        return
    raise Problem("precondition-failed", f"the tenant has changed since you read it (current ETag {current})",
                  headers={"ETag": current})


def tenant_row(conn, tenant_id: str):
    row = conn.execute("SELECT * FROM tenants WHERE id = ?", (tenant_id,)).fetchone()
    if row is None:
        raise Problem("not-found", f"no tenant with id {tenant_id}")
    return row


def tenant_response(row, status: int = 200, location: str | None = None) -> JSONResponse:
    headers = {"ETag": etag(row)}
    if location:
        headers["Location"] = location
    return JSONResponse(tenant_json(row), status_code=status, headers=headers)


# ---------------------------------------------------------------------------------------------------------------
# The application
# ---------------------------------------------------------------------------------------------------------------
def create_app(settings: Settings, db: Database) -> FastAPI:
    # FastAPI's generated schema is switched off: openapi.yaml is the contract, served as written.
    app = FastAPI(title="Platform Admin API v1", openapi_url=None, docs_url=None, redoc_url=None)
    app.state.db = db
    app.state.verifier = TokenVerifier(settings.issuers, settings.audience, JwksCache(settings.jwks_url),
                                       settings.leeway)

    @app.exception_handler(Problem)
    async def on_problem(request: Request, exc: Problem):
        return problem_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError):
        errors = []
        for err in exc.errors():
            loc = list(err.get("loc", ()))
            where, rest = (loc[0], loc[1:]) if loc else ("body", [])
            # Discriminated unions put the tag into the location; it is not a member of the document.
            if where == "body" and request.url.path.endswith("/platform-certificates") and rest[:1] in (["pem"], ["pkcs12"]):
                rest = rest[1:]
            if where == "body":
                entry = {"pointer": "#" + "".join(f"/{p}" for p in rest)}
            elif where == "header":
                entry = {"header": str(rest[0]) if rest else ""}
            else:
                entry = {"parameter": str(rest[0]) if rest else ""}
            entry["detail"] = err.get("msg", "invalid")
            errors.append(entry)
        detail = "; ".join(f"{next(v for k, v in e.items() if k != 'detail')}: {e['detail']}" for e in errors)
        return problem_response(request, Problem("validation-error", detail or "the request is invalid",
                                                 errors=errors))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            return problem_response(request, Problem("not-found", f"no such resource: {request.url.path}"))
        if exc.status_code == 405:
            allowed = allowed_methods(app, request)
            return problem_response(request, Problem("method-not-allowed",
                                                     f"{request.method} is not supported here",
                                                     headers={"Allow": ", ".join(allowed)}))
        if exc.status_code == 400 and str(exc.detail) == "There was an error parsing the body":
            # A body that is not JSON at all is as invalid as one of the wrong shape: 422, as the contract says.
            return problem_response(request, Problem("validation-error", "the request body is not valid JSON",
                                                     errors=[{"pointer": "#", "detail": "not valid JSON"}]))
        if exc.status_code == 400:
            return problem_response(request, Problem("bad-request", str(exc.detail)))
        log.error("unexpected HTTP exception %s: %s", exc.status_code, exc.detail)
        return problem_response(request, Problem("internal-error", "the service failed; see its log"))

    @app.exception_handler(Exception)
    async def on_error(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(request, Problem("internal-error", "the service failed; see its log"))

    # -- unauthenticated ---------------------------------------------------------------------------------------
    @app.get("/healthz")
    def healthz():
        with db.read() as conn:
            conn.execute("SELECT 1").fetchone()
        return {"status": "ok"}

    @app.get(PREFIX + "/openapi.yaml")
    def openapi_document():
        return PlainTextResponse(SPEC_PATH.read_text(encoding="utf-8"), media_type="application/yaml")

    # -- who am I ----------------------------------------------------------------------------------------------
    @app.get(PREFIX + "/me")
    def me(request: Request, principal: Caller):
        tenant = None
        if principal.tenant_claim:
            with db.read() as conn:
                row = conn.execute("SELECT id, slug, name FROM tenants WHERE slug = ?",
                                   (principal.tenant_claim,)).fetchone()
            if row:
                tenant = {"id": row["id"], "slug": row["slug"], "name": row["name"]}
        return {"sub": principal.sub, "username": principal.username,
                "email": principal.claims.get("email") if isinstance(principal.claims.get("email"), str) else None,
                "roles": sorted(principal.roles), "tenant_claim": principal.tenant_claim, "tenant": tenant,
                "permissions": permissions(principal)}

    # -- tenants -----------------------------------------------------------------------------------------------
    @app.get(PREFIX + "/tenants")
    def list_tenants(request: Request, principal: Caller,
                     q: Annotated[Optional[str], Query(max_length=200)] = None,
                     status: Annotated[Optional[str], Query(pattern="^(active|suspended)$")] = None,
                     limit: Annotated[int, Query(ge=1, le=200)] = 50,
                     cursor: Annotated[Optional[str], Query(max_length=400)] = None,
                     offset: Annotated[Optional[int], Query(ge=0, le=1_000_000)] = None):
        if cursor is not None and offset is not None:
            raise Problem("validation-error", "use either cursor or offset, not both",
                          errors=[{"parameter": "offset", "detail": "cannot be combined with cursor"}])
        where, args = [], []
        if not (principal.is_cpi_admin or principal.is_viewer):
            if not principal.is_tenant_admin:
                raise deny(request, principal, "reading tenants needs the cpi-admin, tenant-admin or viewer role")
            # A tenant admin sees exactly their own tenant (platform-seed-003: "Read own").
            where.append("slug = ?")
            args.append(principal.tenant_claim)
        if q:
            # Case-insensitive substring search over slug, name and admin e-mail (LIKE wildcards escaped).
            pattern = "%" + re.sub(r"([\\%_])", r"\\\1", q.lower()) + "%"
            where.append("(lower(slug) LIKE ? ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\'"
                         " OR lower(COALESCE(admin_email, '')) LIKE ? ESCAPE '\\')")
            args += [pattern] * 3
        if status:
            where.append("status = ?")
            args.append(status)
        filter_sql = (" WHERE " + " AND ".join(where)) if where else ""
        page_where, page_args = list(where), list(args)
        if cursor is not None:
            page_where.append("slug > ?")
            page_args.append(decode_cursor("t1", cursor))
        page_sql = (" WHERE " + " AND ".join(page_where)) if page_where else ""
        with db.read() as conn:
            total = conn.execute("SELECT COUNT(*) FROM tenants" + filter_sql, args).fetchone()[0]
            rows = conn.execute("SELECT * FROM tenants" + page_sql + " ORDER BY slug LIMIT ? OFFSET ?",
                                page_args + [limit + 1, offset or 0]).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        return {"items": [tenant_json(r) for r in rows], "total": total,
                "next_cursor": encode_cursor("t1", rows[-1]["slug"]) if more else None}

    @app.post(PREFIX + "/tenants", status_code=201)
    def create_tenant(request: Request, principal: Caller, body: TenantCreate,
                      idempotency_key: Annotated[Optional[str], Header(alias="Idempotency-Key")] = None):
        require_cpi_admin(request, principal)
        now = audit.utc_now()
        tenant_id = str(uuid.uuid4())
        with db.tx() as conn:
            if conn.execute("SELECT 1 FROM tenants WHERE slug = ?", (body.slug,)).fetchone():
                raise Problem("conflict", f"a tenant with slug {body.slug!r} already exists",
                              errors=[{"pointer": "#/slug", "detail": "already taken"}])
            conn.execute("INSERT INTO tenants VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?, 1)",
                         (tenant_id, body.slug, body.name, body.plan, body.admin_email,
                          body.keycloak_organization_id, now, now))
            row = tenant_row(conn, tenant_id)
            audit.append(conn, actor=principal.actor, action="TENANT_CREATE", resource=f"tenants/{tenant_id}",
                         tenant=tenant_id, trace_id=trace_id(request), details={"tenant": tenant_json(row)})
        return tenant_response(row, 201, f"{PREFIX}/tenants/{tenant_id}")

    @app.get(PREFIX + "/tenants/{tenant_id}")
    def get_tenant(request: Request, principal: Caller, tenant_id: uuid.UUID):
        require_tenant_read(request, principal, str(tenant_id))
        with db.read() as conn:
            row = tenant_row(conn, str(tenant_id))
        return tenant_response(row)

    @app.patch(PREFIX + "/tenants/{tenant_id}")
    def update_tenant(request: Request, principal: Caller, tenant_id: uuid.UUID, body: TenantPatch,
                      if_match: Annotated[Optional[str], Header(alias="If-Match")] = None):
        tid = str(tenant_id)
        require_cpi_admin(request, principal, tid)
        changes = {k: getattr(body, k) for k in body.model_fields_set}
        for required in ("name", "plan"):
            if required in changes and changes[required] is None:
                raise invalid(f"#/{required}", f"{required} cannot be null")
        with db.tx() as conn:
            row = tenant_row(conn, tid)
            check_if_match(request, row, required=True)
            changed = {k: v for k, v in changes.items() if row[k] != v}
            if not changed:
                return tenant_response(row)
            assignments = ", ".join(f"{k} = ?" for k in changed)
            conn.execute(f"UPDATE tenants SET {assignments}, updated_at = ?, version = version + 1 WHERE id = ?",
                         list(changed.values()) + [audit.utc_now(), tid])
            after = tenant_row(conn, tid)
            audit.append(conn, actor=principal.actor, action="TENANT_UPDATE", resource=f"tenants/{tid}", tenant=tid,
                         trace_id=trace_id(request),
                         details={"changes": {k: {"from": row[k], "to": after[k]} for k in changed}})
        return tenant_response(after)

    def set_status(request: Request, principal: Principal, tid: str, want: str, action: str) -> JSONResponse:
        require_cpi_admin(request, principal, tid)
        with db.tx() as conn:
            row = tenant_row(conn, tid)
            check_if_match(request, row, required=False)
            if row["status"] == want:
                raise Problem("invalid-state", f"the tenant {row['slug']} is already {want}")
            conn.execute("UPDATE tenants SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                         (want, audit.utc_now(), tid))
            after = tenant_row(conn, tid)
            audit.append(conn, actor=principal.actor, action=action, resource=f"tenants/{tid}", tenant=tid,
                         trace_id=trace_id(request),
                         details={"slug": row["slug"], "from": row["status"], "to": want})
        return tenant_response(after)

    @app.post(PREFIX + "/tenants/{tenant_id}/suspend")
    def suspend_tenant(request: Request, principal: Caller, tenant_id: uuid.UUID,
                       idempotency_key: Annotated[Optional[str], Header(alias="Idempotency-Key")] = None,
                       if_match: Annotated[Optional[str], Header(alias="If-Match")] = None):
        return set_status(request, principal, str(tenant_id), "suspended", "TENANT_SUSPEND")

    @app.post(PREFIX + "/tenants/{tenant_id}/reactivate")
    def reactivate_tenant(request: Request, principal: Caller, tenant_id: uuid.UUID,
                          idempotency_key: Annotated[Optional[str], Header(alias="Idempotency-Key")] = None,
                          if_match: Annotated[Optional[str], Header(alias="If-Match")] = None):
        return set_status(request, principal, str(tenant_id), "active", "TENANT_REACTIVATE")

    @app.delete(PREFIX + "/tenants/{tenant_id}", status_code=204)
    def delete_tenant(request: Request, principal: Caller, tenant_id: uuid.UUID,
                      if_match: Annotated[Optional[str], Header(alias="If-Match")] = None):
        tid = str(tenant_id)
        require_cpi_admin(request, principal, tid)
        with db.tx() as conn:
            row = tenant_row(conn, tid)
            check_if_match(request, row, required=True)
            ca_count = conn.execute("SELECT COUNT(*) FROM tenant_ca_certificates WHERE tenant_id = ?",
                                    (tid,)).fetchone()[0]
            conn.execute("DELETE FROM tenants WHERE id = ?", (tid,))
            audit.append(conn, actor=principal.actor, action="TENANT_DELETE", resource=f"tenants/{tid}", tenant=tid,
                         trace_id=trace_id(request),
                         details={"tenant": tenant_json(row), "ca_certificates_deleted": ca_count})
        return Response(status_code=204)

    # -- platform certificates ---------------------------------------------------------------------------------
    @app.get(PREFIX + "/platform-certificates")
    def list_platform_certificates(request: Request, principal: Caller,
                                   state: Annotated[Optional[str], Query(pattern="^(staged|active|archived)$")] = None):
        require_platform_read(request, principal)
        with db.read() as conn:
            sql, args = "SELECT * FROM platform_certificates", []
            if state:
                sql, args = sql + " WHERE state = ?", [state]
            rows = conn.execute(sql + " ORDER BY staged_at DESC, id", args).fetchall()
        return {"items": [platform_cert_json(r) for r in rows]}

    def platform_cert_row(conn, cert_id: str):
        row = conn.execute("SELECT * FROM platform_certificates WHERE id = ?", (cert_id,)).fetchone()
        if row is None:
            raise Problem("not-found", f"no platform certificate with id {cert_id}")
        return row

    @app.get(PREFIX + "/platform-certificates/{certificate_id}")
    def get_platform_certificate(request: Request, principal: Caller, certificate_id: uuid.UUID):
        require_platform_read(request, principal)
        with db.read() as conn:
            return platform_cert_json(platform_cert_row(conn, str(certificate_id)))

    @app.post(PREFIX + "/platform-certificates", status_code=201)
    def stage_platform_certificate(request: Request, principal: Caller, body: Annotated[StageCertificate, Body()],
                                   idempotency_key: Annotated[Optional[str], Header(alias="Idempotency-Key")] = None):
        require_cpi_admin(request, principal)
        if isinstance(body, StagePem):
            info, chain_pem, key_pem = certs.from_pem(body.certificate_chain_pem, body.private_key_pem,
                                                      body.private_key_password)
        else:
            info, chain_pem, key_pem = certs.from_pkcs12(body.pkcs12, body.password)
        cert_id = str(uuid.uuid4())
        with db.tx() as conn:
            stage_certificate(conn, cert_id, info, chain_pem, key_pem, principal.actor, trace_id(request))
            row = platform_cert_row(conn, cert_id)
        return JSONResponse(platform_cert_json(row), status_code=201,
                            headers={"Location": f"{PREFIX}/platform-certificates/{cert_id}"})

    @app.post(PREFIX + "/platform-certificates/{certificate_id}/activate")
    def activate_platform_certificate(request: Request, principal: Caller, certificate_id: uuid.UUID,
                                      idempotency_key: Annotated[Optional[str], Header(alias="Idempotency-Key")] = None):
        require_cpi_admin(request, principal)
        with db.tx() as conn:
            row = platform_cert_row(conn, str(certificate_id))
            if row["state"] != "staged":
                raise Problem("invalid-state", f"only a staged certificate can be activated (this one is {row['state']})")
            promote(conn, row, "CERTIFICATE_ACTIVATED", principal.actor, trace_id(request))
            return platform_cert_json(platform_cert_row(conn, row["id"]))

    @app.post(PREFIX + "/platform-certificates/{certificate_id}/restore")
    def restore_platform_certificate(request: Request, principal: Caller, certificate_id: uuid.UUID,
                                     idempotency_key: Annotated[Optional[str], Header(alias="Idempotency-Key")] = None):
        require_cpi_admin(request, principal)
        with db.tx() as conn:
            row = platform_cert_row(conn, str(certificate_id))
            if row["state"] != "archived":
                raise Problem("invalid-state", f"only an archived certificate can be restored (this one is {row['state']})")
            promote(conn, row, "CERTIFICATE_RESTORED", principal.actor, trace_id(request))
            return platform_cert_json(platform_cert_row(conn, row["id"]))

    @app.delete(PREFIX + "/platform-certificates/{certificate_id}", status_code=204)
    def discard_platform_certificate(request: Request, principal: Caller, certificate_id: uuid.UUID):
        require_cpi_admin(request, principal)
        with db.tx() as conn:
            row = platform_cert_row(conn, str(certificate_id))
            if row["state"] != "staged":
                raise Problem("invalid-state", f"only a staged certificate can be discarded (this one is {row['state']})")
            conn.execute("DELETE FROM platform_certificates WHERE id = ?", (row["id"],))
            info = json.loads(row["info"])
            audit.append(conn, actor=principal.actor, action="CERTIFICATE_DISCARDED",
                         resource=f"platform-certificates/{row['id']}", tenant=None, trace_id=trace_id(request),
                         details={"fingerprint_sha256": info["fingerprint_sha256"], "subject": info["subject"]})
        return Response(status_code=204)

    # -- tenant CA certificates --------------------------------------------------------------------------------
    def ca_row(conn, tid: str, cert_id: str):
        row = conn.execute("SELECT * FROM tenant_ca_certificates WHERE id = ? AND tenant_id = ?",
                           (cert_id, tid)).fetchone()
        if row is None:
            raise Problem("not-found", f"no CA certificate {cert_id} in tenant {tid}")
        return row

    @app.get(PREFIX + "/tenants/{tenant_id}/ca-certificates")
    def list_ca_certificates(request: Request, principal: Caller, tenant_id: uuid.UUID):
        tid = str(tenant_id)
        require_tenant_read(request, principal, tid)
        with db.read() as conn:
            tenant_row(conn, tid)
            rows = conn.execute("SELECT * FROM tenant_ca_certificates WHERE tenant_id = ? ORDER BY staged_at, id",
                                (tid,)).fetchall()
        return {"items": [ca_cert_json(r) for r in rows]}

    @app.get(PREFIX + "/tenants/{tenant_id}/ca-certificates/{certificate_id}")
    def get_ca_certificate(request: Request, principal: Caller, tenant_id: uuid.UUID, certificate_id: uuid.UUID):
        tid = str(tenant_id)
        require_tenant_read(request, principal, tid)
        with db.read() as conn:
            tenant_row(conn, tid)
            return ca_cert_json(ca_row(conn, tid, str(certificate_id)))

    @app.post(PREFIX + "/tenants/{tenant_id}/ca-certificates", status_code=201)
    def stage_ca_certificate(request: Request, principal: Caller, tenant_id: uuid.UUID, body: TenantCaStage,
                             idempotency_key: Annotated[Optional[str], Header(alias="Idempotency-Key")] = None):
        tid = str(tenant_id)
        require_tenant_manage(request, principal, tid)
        with db.read() as conn:
            tenant_row(conn, tid)
        info, pem = certs.validate_ca_certificate(body.certificate_pem)
        cert_id = str(uuid.uuid4())
        with db.tx() as conn:
            tenant_row(conn, tid)
            if conn.execute("SELECT 1 FROM tenant_ca_certificates WHERE tenant_id = ? AND fingerprint_sha256 = ?",
                            (tid, info["fingerprint_sha256"])).fetchone():
                raise Problem("conflict", "this CA certificate is already staged or active for the tenant",
                              errors=[{"pointer": "#/certificate_pem", "detail": "duplicate certificate"}])
            conn.execute("INSERT INTO tenant_ca_certificates VALUES (?, ?, ?, 'staged', ?, ?, ?, ?, NULL)",
                         (cert_id, tid, body.label, json.dumps(info), info["fingerprint_sha256"], pem,
                          audit.utc_now()))
            audit.append(conn, actor=principal.actor, action="TENANT_CA_CERT_STAGED",
                         resource=f"tenants/{tid}/ca-certificates/{cert_id}", tenant=tid, trace_id=trace_id(request),
                         details={"label": body.label, "subject": info["subject"],
                                  "fingerprint_sha256": info["fingerprint_sha256"], "not_after": info["not_after"]})
            row = ca_row(conn, tid, cert_id)
        return JSONResponse(ca_cert_json(row), status_code=201,
                            headers={"Location": f"{PREFIX}/tenants/{tid}/ca-certificates/{cert_id}"})

    @app.post(PREFIX + "/tenants/{tenant_id}/ca-certificates/{certificate_id}/activate")
    def activate_ca_certificate(request: Request, principal: Caller, tenant_id: uuid.UUID, certificate_id: uuid.UUID,
                                idempotency_key: Annotated[Optional[str], Header(alias="Idempotency-Key")] = None):
        tid, cid = str(tenant_id), str(certificate_id)
        require_tenant_manage(request, principal, tid)
        with db.tx() as conn:
            tenant_row(conn, tid)
            row = ca_row(conn, tid, cid)
            if row["state"] != "staged":
                raise Problem("invalid-state", "this CA certificate is already active")
            info = json.loads(row["info"])
            if certs.not_yet_valid(info):
                raise Problem("invalid-state", f"the CA certificate is not valid before {info['not_before']}",
                              reason="not-yet-valid")
            conn.execute("UPDATE tenant_ca_certificates SET state = 'active', activated_at = ? WHERE id = ?",
                         (audit.utc_now(), cid))
            audit.append(conn, actor=principal.actor, action="TENANT_CA_CERT_ACTIVATED",
                         resource=f"tenants/{tid}/ca-certificates/{cid}", tenant=tid, trace_id=trace_id(request),
                         details={"label": row["label"], "fingerprint_sha256": row["fingerprint_sha256"]})
            return ca_cert_json(ca_row(conn, tid, cid))

    @app.delete(PREFIX + "/tenants/{tenant_id}/ca-certificates/{certificate_id}", status_code=204)
    def delete_ca_certificate(request: Request, principal: Caller, tenant_id: uuid.UUID, certificate_id: uuid.UUID):
        tid, cid = str(tenant_id), str(certificate_id)
        require_tenant_manage(request, principal, tid)
        with db.tx() as conn:
            tenant_row(conn, tid)
            row = ca_row(conn, tid, cid)
            conn.execute("DELETE FROM tenant_ca_certificates WHERE id = ?", (cid,))
            audit.append(conn, actor=principal.actor, action="TENANT_CA_CERT_DELETED",
                         resource=f"tenants/{tid}/ca-certificates/{cid}", tenant=tid, trace_id=trace_id(request),
                         details={"label": row["label"], "state": row["state"],
                                  "fingerprint_sha256": row["fingerprint_sha256"]})
        return Response(status_code=204)

    # -- audit feed --------------------------------------------------------------------------------------------
    @app.get(PREFIX + "/audit/events")
    def audit_events(request: Request, principal: Caller,
                     tenant: Annotated[Optional[str], Query(pattern=r"^(platform|[0-9a-fA-F-]{36})$")] = None,
                     action: Annotated[Optional[str], Query(pattern=r"^[A-Z][A-Z0-9_]{0,63}$")] = None,
                     limit: Annotated[int, Query(ge=1, le=500)] = 100,
                     cursor: Annotated[Optional[str], Query(max_length=400)] = None):
        where, args = [], []
        if principal.is_cpi_admin or principal.is_viewer:
            if tenant is not None:
                where.append("chain = ?")
                args.append("" if tenant == "platform" else tenant.lower())
        elif principal.is_tenant_admin:
            own = own_tenant_id(request, principal)
            if own is None or (tenant is not None and tenant.lower() != own):
                raise deny(request, principal, "you may only read your own tenant's audit events")
            where.append("chain = ?")
            args.append(own)
        else:
            raise deny(request, principal, "reading the audit feed needs the cpi-admin, tenant-admin or viewer role")
        if action:
            where.append("action = ?")
            args.append(action)
        if cursor is not None:
            after = decode_cursor("a1", cursor)
            if not after.isdigit():
                raise Problem("validation-error", "the cursor is not one this API handed out",
                              errors=[{"parameter": "cursor", "detail": "not a cursor from a previous response"}])
            where.append("id > ?")
            args.append(int(after))
        sql = "SELECT * FROM audit_events" + ((" WHERE " + " AND ".join(where)) if where else "")
        with db.read() as conn:
            rows = conn.execute(sql + " ORDER BY id LIMIT ?", args + [limit + 1]).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        return {"items": [audit.row_to_event(r) for r in rows],
                "next_cursor": encode_cursor("a1", str(rows[-1]["id"])) if more else None}

    @app.get(PREFIX + "/audit/heads")
    def audit_heads(request: Request, principal: Caller):
        """The newest hash of each chain, so a client can tell a truncated feed from a complete one."""
        sql = ("SELECT e.chain, e.id, e.integrity_hash, c.n FROM audit_events e JOIN"
               " (SELECT chain, MAX(id) AS last, COUNT(*) AS n FROM audit_events GROUP BY chain) c"
               " ON e.id = c.last")
        args: list = []
        if not (principal.is_cpi_admin or principal.is_viewer):
            own = own_tenant_id(request, principal)
            if own is None:
                raise deny(request, principal, "reading the audit feed needs the cpi-admin, tenant-admin or viewer role")
            sql, args = sql + " WHERE e.chain = ?", [own]
        with db.read() as conn:
            rows = conn.execute(sql + " ORDER BY e.chain", args).fetchall()
        return {"items": [{"tenant": r["chain"] or None, "head_hash": r["integrity_hash"], "last_event_id": r["id"],
                           "events": r["n"]} for r in rows]}

    return RequestPipeline(app, db, app.state.verifier), app


# ---------------------------------------------------------------------------------------------------------------
# Certificate state changes shared with the start-up seed
# ---------------------------------------------------------------------------------------------------------------
def stage_certificate(conn, cert_id: str, info: dict, chain_pem: str, key_pem: str, actor: dict, trace: str) -> None:
    existing = conn.execute("SELECT id, state FROM platform_certificates WHERE fingerprint_sha256 = ?",
                            (info["fingerprint_sha256"],)).fetchone()
    if existing:
        raise Problem("conflict", f"this certificate is already known (id {existing['id']}, {existing['state']})")
    if conn.execute("SELECT 1 FROM platform_certificates WHERE state = 'staged'").fetchone():
        raise Problem("conflict", "another certificate is already staged; activate or discard it first")
    conn.execute("INSERT INTO platform_certificates (id, state, info, fingerprint_sha256, chain_pem, key_pem,"
                 " staged_at, staged_by) VALUES (?, 'staged', ?, ?, ?, ?, ?, ?)",
                 (cert_id, json.dumps(info), info["fingerprint_sha256"], chain_pem, key_pem, audit.utc_now(),
                  actor["username"]))
    audit.append(conn, actor=actor, action="CERTIFICATE_STAGED", resource=f"platform-certificates/{cert_id}",
                 tenant=None, trace_id=trace,
                 details={"subject": info["subject"], "issuer": info["issuer"],
                          "fingerprint_sha256": info["fingerprint_sha256"], "not_after": info["not_after"]})


def promote(conn, row, action: str, actor: dict, trace: str) -> None:
    """staged → active (activate) or archived → active (restore); the previous active one is archived."""
    info = json.loads(row["info"])
    if certs.not_yet_valid(info):
        raise Problem("invalid-state", f"the certificate is not valid before {info['not_before']}", reason="not-yet-valid")
    if info["not_after"] < audit.utc_now()[:19] + "Z":
        raise Problem("invalid-state", f"the certificate expired on {info['not_after']}", reason="expired")
    now = audit.utc_now()
    previous = conn.execute("SELECT id, info FROM platform_certificates WHERE state = 'active'").fetchone()
    if previous:
        conn.execute("UPDATE platform_certificates SET state = 'archived', archived_at = ? WHERE id = ?",
                     (now, previous["id"]))
    conn.execute("UPDATE platform_certificates SET state = 'active', activated_at = ?, archived_at = NULL WHERE id = ?",
                 (now, row["id"]))
    audit.append(conn, actor=actor, action=action, resource=f"platform-certificates/{row['id']}", tenant=None,
                 trace_id=trace,
                 details={"subject": info["subject"], "fingerprint_sha256": info["fingerprint_sha256"],
                          "archived": previous["id"] if previous else None})


def allowed_methods(app: FastAPI, request: Request) -> list[str]:
    methods: set[str] = set()
    for route in app.router.routes:
        match, _ = route.matches({"type": "http", "path": request.url.path, "method": "__none__"})
        if match != Match.NONE:
            methods |= set(getattr(route, "methods", None) or [])
    return sorted(methods)
