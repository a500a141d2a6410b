"""The service's RFC 8785 canonicalisation, on the cases where naive JSON serialisers differ from JCS."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from platform_api import audit, jcs  # noqa: E402


def test_rfc8785_member_order_is_by_utf16_code_units():
    # RFC 8785 §3.2.3: U+1F600 (surrogates D83D DE00) sorts before U+FB33, unlike code-point order.
    value = {"\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh",
             "1": "One", "\U0001F600": "Emoji: Grinning Face", "\u0080": "Control", "\u00f6": "Latin Small Letter O With Diaeresis"}
    out = jcs.canonicalize(value).decode("utf-8")
    keys = [k for k in value]
    positions = sorted(keys, key=lambda k: out.index(jcs.canonicalize(k).decode("utf-8") + ":"))
    assert positions == ["\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001F600", "\ufb33"]


def test_string_escaping_matches_json_stringify():
    assert jcs.canonicalize("\u0000\b\f\n\r\t\"\\/\u001f\u007f\u2028é") == \
        '"\\u0000\\b\\f\\n\\r\\t\\"\\\\/\\u001f\u007f\u2028é"'.encode("utf-8")


def test_structure_and_literals():
    assert jcs.canonicalize({"b": [1, True, None, {"d": False, "c": -0}], "a": ""}) == \
        b'{"a":"","b":[1,true,null,{"c":0,"d":false}]}'


@pytest.mark.parametrize("bad", [1.5, 2**53, "\ud800", {1: "x"}, object()])
def test_refuses_what_it_cannot_canonicalise_exactly(bad):
    with pytest.raises(ValueError):
        jcs.canonicalize(bad)


def test_chain_hash_is_sha256_of_prev_hash_and_canonical_event():
    import hashlib
    event = {"id": 7, "actor": {"sub": "s", "username": "u"}, "action": "TENANT_CREATE", "resource": "tenants/x",
             "tenant": "x", "trace_id": "t", "ts": "2026-01-01T00:00:00.000000Z", "details": {"k": "v"},
             "prev_hash": "ignored", "integrity_hash": "ignored"}
    expected = hashlib.sha256(audit.GENESIS_HASH.encode() + b'{"action":"TENANT_CREATE","actor":{"sub":"s",'
                              b'"username":"u"},"details":{"k":"v"},"id":7,"resource":"tenants/x","tenant":"x",'
                              b'"trace_id":"t","ts":"2026-01-01T00:00:00.000000Z"}').hexdigest()
    assert audit.chain_hash(audit.GENESIS_HASH, event) == expected
