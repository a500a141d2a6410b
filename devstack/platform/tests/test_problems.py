"""RFC 9457 problem details everywhere, including for requests that never reach an operation."""

from __future__ import annotations

from conftest import assert_problem


def test_unknown_path_is_404_problem(carl):
    body = assert_problem(carl.get("/api/v1/nothing-here"), 404, "not-found")
    assert body["instance"] == "/api/v1/nothing-here"
    assert body["trace_id"]


def test_wrong_method_is_405_with_allow(carl):
    response = carl.request("PUT", "/api/v1/tenants")
    assert_problem(response, 405, "method-not-allowed")
    assert set(response.headers["Allow"].split(", ")) >= {"GET", "POST"}


def test_non_json_body_is_415(carl):
    response = carl.post("/api/v1/tenants", data="slug=x", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_problem(response, 415, "unsupported-media-type")


def test_huge_body_is_413(carl):
    response = carl.post("/api/v1/tenants", data=b"{" + b" " * (1024 * 1024 + 10) + b"}",
                         headers={"Content-Type": "application/json"})
    assert_problem(response, 413, "payload-too-large")


def test_malformed_json_is_422(carl):
    response = carl.post("/api/v1/tenants", data="{not json", headers={"Content-Type": "application/json"})
    body = assert_problem(response, 422, "validation-error")
    assert body["errors"]


def test_bad_path_parameter_is_422(carl):
    body = assert_problem(carl.get("/api/v1/tenants/not-a-uuid"), 422, "validation-error")
    assert body["errors"][0]["parameter"] == "tenant_id"


def test_trace_id_from_request_id(carl):
    response = carl.get("/api/v1/tenants/00000000-0000-4000-8000-000000000000", headers={"X-Request-Id": "abc-123"})
    assert assert_problem(response, 404, "not-found")["trace_id"] == "abc-123"
    assert response.headers["X-Request-Id"] == "abc-123"
