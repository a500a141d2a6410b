"""RFC 9457 problem details. Every error the service returns goes through Problem, so clients can rely on
{type, title, status, detail, instance} plus the extensions documented in openapi.yaml."""

from __future__ import annotations

PROBLEM_JSON = "application/problem+json"
TYPE_PREFIX = "urn:custos:platform:problem:"

# code -> (status, title). The title is fixed per type (RFC 9457 §3.1.3); detail says what happened this time.
TYPES: dict[str, tuple[int, str]] = {
    "bad-request": (400, "Bad request"),
    "unauthorized": (401, "Authentication required"),
    "invalid-token": (401, "Invalid access token"),
    "forbidden": (403, "Forbidden"),
    "not-found": (404, "Not found"),
    "method-not-allowed": (405, "Method not allowed"),
    "conflict": (409, "Conflict"),
    "invalid-state": (409, "Invalid state for this operation"),
    "precondition-failed": (412, "Precondition failed"),
    "payload-too-large": (413, "Payload too large"),
    "unsupported-media-type": (415, "Unsupported media type"),
    "validation-error": (422, "Validation error"),
    "idempotency-key-reused": (422, "Idempotency key reused with a different request"),
    "certificate-invalid": (422, "Certificate rejected"),
    "precondition-required": (428, "Precondition required"),
    "internal-error": (500, "Internal server error"),
    "upstream-unavailable": (503, "Identity provider unavailable"),
}


class Problem(Exception):
    def __init__(self, code: str, detail: str, *, errors: list[dict] | None = None,
                 headers: dict[str, str] | None = None, reason: str | None = None):
        super().__init__(detail)
        self.code = code
        self.status, self.title = TYPES[code]
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}
        # A machine-readable sub-reason (e.g. "key-mismatch" for certificate-invalid).
        self.reason = reason

    def body(self, instance: str, trace_id: str | None) -> dict:
        out = {"type": TYPE_PREFIX + self.code, "title": self.title, "status": self.status,
               "detail": self.detail, "instance": instance}
        if self.reason:
            out["reason"] = self.reason
        if self.errors:
            out["errors"] = self.errors
        if trace_id:
            out["trace_id"] = trace_id
        return out


def invalid(pointer: str, detail: str, code: str = "validation-error", reason: str | None = None) -> Problem:
    """A 422 about one request-body member, in RFC 9457's "errors" style."""
    return Problem(code, detail, errors=[{"pointer": pointer, "detail": detail}], reason=reason)
