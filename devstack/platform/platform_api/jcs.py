"""RFC 8785 JSON Canonicalization Scheme (JCS) for the values the audit feed hashes.

The audit chain is only verifiable by third parties if everyone serialises an event to the same bytes,
so this module is deliberately strict: it accepts dicts with string keys, lists, strings, booleans,
None and integers in the I-JSON safe range. Floats are refused rather than risk an ECMAScript
number-formatting mismatch; the service never puts a float into an audit event.
"""

from __future__ import annotations

_SAFE_INTEGER = 2**53 - 1

# JCS escapes exactly like ECMAScript's JSON.stringify: the two-character forms where they exist,
# \u00xx (lower-case hex) for the remaining C0 controls, nothing else.
_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _string(value: str) -> str:
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif code < 0x20:
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF:
            raise ValueError("lone surrogate in string: not representable in I-JSON")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _utf16_key(key: str) -> bytes:
    # RFC 8785 §3.2.3: members are sorted by the UTF-16 code units of their names.
    return key.encode("utf-16-be", "surrogatepass")


def _serialise(value, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        if abs(value) > _SAFE_INTEGER:
            raise ValueError("integer outside the I-JSON safe range")
        out.append(str(value))
    elif isinstance(value, float):
        raise ValueError("floats are not used in audit events")
    elif isinstance(value, str):
        out.append(_string(value))
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _serialise(item, out)
        out.append("]")
    elif isinstance(value, dict):
        for key in value:
            if not isinstance(key, str):
                raise ValueError("object keys must be strings")
        out.append("{")
        for i, key in enumerate(sorted(value, key=_utf16_key)):
            if i:
                out.append(",")
            out.append(_string(key))
            out.append(":")
            _serialise(value[key], out)
        out.append("}")
    else:
        raise ValueError(f"type {type(value).__name__} is not JSON")


def canonicalize(value) -> bytes:
    """The RFC 8785 canonical form of value, UTF-8 encoded."""
    out: list[str] = []
    _serialise(value, out)
    return "".join(out).encode("utf-8")
