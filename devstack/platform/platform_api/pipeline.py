"""The ASGI layer in front of the routes: trace ids, body limits, media types and Idempotency-Key.

Written as plain ASGI (not BaseHTTPMiddleware) because Idempotency-Key needs the raw request body before
the route sees it and the complete response after, and must be able to answer without calling the route.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import time
import uuid

from starlette.datastructures import Headers

from . import jcs
from .auth import TokenVerifier, bearer_token
from .db import Database
from .problems import PROBLEM_JSON, Problem

log = logging.getLogger("platform.pipeline")

MAX_BODY = 1024 * 1024                 # a PKCS#12 file in base64 is a few KiB; anything near 1 MiB is a mistake
IDEMPOTENCY_TTL = 24 * 3600            # seconds a stored response is replayed
_TRACEPARENT = re.compile(r"^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$")
_REQUEST_ID = re.compile(r"^[\x21-\x7e]{1,128}$")
_IDEMPOTENCY_KEY = re.compile(r"^[\x20-\x7e]{1,255}$")
_JSON_TYPES = ("application/json", "application/merge-patch+json")


def trace_id_for(headers: Headers) -> str:
    """W3C traceparent's trace-id if valid, else X-Request-Id if sane, else a fresh random id."""
    match = _TRACEPARENT.match(headers.get("traceparent", "").strip())
    if match and match.group(1) != "0" * 32:
        return match.group(1)
    request_id = headers.get("x-request-id", "").strip()
    if _REQUEST_ID.match(request_id):
        return request_id
    return uuid.uuid4().hex


def problem_message(problem: Problem, instance: str, trace_id: str) -> tuple[int, list, bytes]:
    body = json.dumps(problem.body(instance, trace_id)).encode("utf-8")
    headers = [(b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in problem.headers.items()]
    return problem.status, headers, body


def request_fingerprint(method: str, path: str, query: bytes, body: bytes) -> str:
    # Semantically equal JSON bodies (key order, whitespace) are the same request; anything else is compared raw.
    try:
        canonical = jcs.canonicalize(json.loads(body)) if body else b""
    except (ValueError, RecursionError):
        canonical = body
    digest = hashlib.sha256()
    for part in (method.encode(), path.encode(), query, canonical):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


class RequestPipeline:
    def __init__(self, app, db: Database, verifier: TokenVerifier):
        self.app = app
        self.db = db
        self.verifier = verifier
        self._idempotency_lock = asyncio.Lock()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = Headers(scope=scope)
        trace_id = trace_id_for(headers)
        scope.setdefault("state", {})["trace_id"] = trace_id
        path = scope["path"]

        async def send_with_trace(message):
            if message["type"] == "http.response.start":
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + [(b"x-request-id", trace_id.encode())]
            await send(message)

        async def answer(problem: Problem):
            status, hdrs, body = problem_message(problem, path, trace_id)
            await send_with_trace({"type": "http.response.start", "status": status, "headers": hdrs})
            await send({"type": "http.response.body", "body": body})

        if scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send_with_trace)

        # Read the whole (bounded) body once, then replay it to the route.
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_BODY:
            return await answer(Problem("payload-too-large", f"the request body exceeds {MAX_BODY} bytes"))
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY:
                return await answer(Problem("payload-too-large", f"the request body exceeds {MAX_BODY} bytes"))
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        media_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if body and media_type not in _JSON_TYPES:
            return await answer(Problem("unsupported-media-type",
                                        f"send the body as application/json (got {media_type or 'no Content-Type'})"))

        replayed = False

        async def replay_receive():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        key = headers.get("idempotency-key")
        if scope["method"] != "POST" or key is None:
            return await self.app(scope, replay_receive, send_with_trace)
        if not _IDEMPOTENCY_KEY.match(key):
            return await answer(Problem("bad-request", "Idempotency-Key must be 1 to 255 printable ASCII characters"))
        # Keys are scoped to the caller. Without a valid token the route answers 401, and nothing is stored.
        token = bearer_token(headers.get("authorization"))
        try:
            principal = self.verifier.verify(token) if token else None
        except Problem:
            principal = None
        if principal is None:
            return await self.app(scope, replay_receive, send_with_trace)

        fingerprint = request_fingerprint(scope["method"], path, scope.get("query_string", b""), body)
        # One keyed POST at a time: a concurrent retry waits and then sees the stored response.
        async with self._idempotency_lock:
            stored = self._lookup(principal.sub, key)
            if stored is not None:
                if stored["fingerprint"] != fingerprint:
                    return await answer(Problem(
                        "idempotency-key-reused",
                        "this Idempotency-Key was already used with a different request; use a new key"))
                hdrs = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in json.loads(stored["headers"])]
                hdrs.append((b"idempotency-replayed", b"true"))
                await send_with_trace({"type": "http.response.start", "status": stored["status"], "headers": hdrs})
                await send({"type": "http.response.body", "body": stored["body"]})
                return

            captured: dict = {"status": None, "headers": [], "body": []}

            async def capture(message):
                if message["type"] == "http.response.start":
                    captured["status"] = message["status"]
                    captured["headers"] = [(k.decode("latin-1"), v.decode("latin-1"))
                                           for k, v in message.get("headers", []) if k.lower() != b"x-request-id"]
                elif message["type"] == "http.response.body":
                    captured["body"].append(message.get("body", b""))
                await send_with_trace(message)

            await self.app(scope, replay_receive, capture)
            status = captured["status"]
            # Outcomes of the operation are stored (including 4xx like 409 or 422: the same request would get
            # the same answer); server errors and authentication failures are not, so a retry can succeed.
            if status is not None and status < 500 and status not in (401, 403):
                self._store(principal.sub, key, fingerprint, status, captured["headers"], b"".join(captured["body"]))

    def _lookup(self, principal: str, key: str):
        with self.db.tx() as conn:
            conn.execute("DELETE FROM idempotency_keys WHERE created_at < ?", (time.time() - IDEMPOTENCY_TTL,))
            return conn.execute("SELECT fingerprint, status, headers, body FROM idempotency_keys"
                                " WHERE principal = ? AND key = ?", (principal, key)).fetchone()

    def _store(self, principal: str, key: str, fingerprint: str, status: int, headers: list, body: bytes) -> None:
        with self.db.tx() as conn:
            conn.execute("INSERT OR REPLACE INTO idempotency_keys VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (principal, key, fingerprint, status, json.dumps(headers), body, time.time()))
