"""X.509 and PKCS#12 validation with precise reasons.

Each rejection is a Problem("certificate-invalid") with a stable `reason` (documented in openapi.yaml)
and a detail naming the certificate concerned, so the console can tell the operator exactly what to fix.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from .problems import Problem

MIN_RSA_BITS = 2048
ALLOWED_CURVES = {"secp256r1": 256, "secp384r1": 384, "secp521r1": 521}
_PEM_CERT = re.compile(r"-----BEGIN CERTIFICATE-----\s+.*?-----END CERTIFICATE-----", re.S)


def reject(reason: str, detail: str, pointer: str | None = None) -> Problem:
    errors = [{"pointer": pointer, "detail": detail}] if pointer else None
    return Problem("certificate-invalid", detail, errors=errors, reason=reason)


def _name(cert: x509.Certificate) -> str:
    return cert.subject.rfc4514_string() or "(empty subject)"


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def key_description(public_key) -> tuple[str, int, str | None]:
    """(key_type, key_bits, curve) or a key-weak / key-unsupported rejection."""
    if isinstance(public_key, rsa.RSAPublicKey):
        return "RSA", public_key.key_size, None
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        return "EC", public_key.curve.key_size, public_key.curve.name
    if isinstance(public_key, ed25519.Ed25519PublicKey):
        return "Ed25519", 256, None
    if isinstance(public_key, ed448.Ed448PublicKey):
        return "Ed448", 456, None
    if isinstance(public_key, dsa.DSAPublicKey):
        return "DSA", public_key.key_size, None
    return type(public_key).__name__, 0, None


def check_key_strength(cert: x509.Certificate, what: str, pointer: str) -> None:
    key_type, bits, curve = key_description(cert.public_key())
    if key_type == "RSA" and bits < MIN_RSA_BITS:
        raise reject("key-too-weak", f"{what} ({_name(cert)}) has an RSA-{bits} key; at least {MIN_RSA_BITS} bits are required", pointer)
    if key_type == "EC" and curve not in ALLOWED_CURVES:
        raise reject("key-unsupported", f"{what} ({_name(cert)}) uses the curve {curve}; allowed: P-256, P-384, P-521", pointer)
    if key_type not in ("RSA", "EC", "Ed25519", "Ed448"):
        raise reject("key-unsupported", f"{what} ({_name(cert)}) has a {key_type} key, which is not accepted", pointer)


def parse_pem_certificates(text: str, pointer: str) -> list[x509.Certificate]:
    blocks = _PEM_CERT.findall(text)
    if not blocks:
        raise reject("pem-invalid", "no PEM 'CERTIFICATE' block found", pointer)
    certs = []
    for index, block in enumerate(blocks, start=1):
        try:
            certs.append(x509.load_pem_x509_certificate(block.encode("ascii", "strict")))
        except (ValueError, UnicodeEncodeError) as exc:
            raise reject("pem-invalid", f"certificate {index} of the PEM text cannot be parsed as X.509 ({exc})", pointer) from exc
    return certs


def parse_private_key(text: str, password: str | None, pointer: str):
    data = text.encode("utf-8")
    try:
        key = serialization.load_pem_private_key(data, password=password.encode("utf-8") if password else None)
    except TypeError as exc:
        # cryptography raises TypeError for "encrypted but no password" and "password but not encrypted".
        if password:
            raise reject("key-password", "the private key is not encrypted; send it without a password", pointer) from exc
        raise reject("key-password", "the private key is encrypted; send its password in private_key_password", pointer) from exc
    except ValueError as exc:
        if password and "ENCRYPTED" in text:
            raise reject("key-password", "cannot decrypt the private key: wrong password", pointer) from exc
        raise reject("key-invalid", "the private key is not a PEM private key that can be read", pointer) from exc
    except Exception as exc:  # e.g. unsupported algorithm
        raise reject("key-invalid", f"the private key cannot be loaded ({exc})", pointer) from exc
    return key


def _spki(public_key) -> bytes:
    return public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def order_chain(leaf: x509.Certificate, others: list[x509.Certificate]) -> list[x509.Certificate]:
    """leaf first, then each certificate's issuer (PKCS#12 files do not promise an order)."""
    chain, pool = [leaf], list(others)
    while pool:
        issuer = next((c for c in pool if c.subject == chain[-1].issuer and c.subject != chain[-1].subject), None)
        if issuer is None:
            break
        chain.append(issuer)
        pool.remove(issuer)
    return chain + pool     # leftovers make check_chain name the break


def is_self_signed(cert: x509.Certificate) -> bool:
    if cert.subject != cert.issuer:
        return False
    try:
        cert.verify_directly_issued_by(cert)
        return True
    except (ValueError, TypeError, InvalidSignature):
        return False


def check_chain(chain: list[x509.Certificate], pointer: str, now: dt.datetime) -> None:
    for index, cert in enumerate(chain):
        what = "the certificate" if index == 0 else f"chain certificate {index + 1}"
        if cert.not_valid_after_utc < now:
            raise reject("expired", f"{what} ({_name(cert)}) expired on {_iso(cert.not_valid_after_utc)}", pointer)
        check_key_strength(cert, what, pointer)
        if index + 1 < len(chain):
            issuer = chain[index + 1]
            try:
                cert.verify_directly_issued_by(issuer)
            except (ValueError, TypeError, InvalidSignature) as exc:
                raise reject("chain-broken", f"{what} ({_name(cert)}) is not issued by chain certificate "
                                             f"{index + 2} ({_name(issuer)})", pointer) from exc
            try:
                constraints = issuer.extensions.get_extension_for_class(x509.BasicConstraints).value
            except x509.ExtensionNotFound:
                constraints = None
            if constraints is None or not constraints.ca:
                raise reject("chain-broken", f"chain certificate {index + 2} ({_name(issuer)}) is not a CA certificate", pointer)


def sans(cert: x509.Certificate) -> list[str]:
    try:
        ext = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    out = [f"DNS:{v}" for v in ext.get_values_for_type(x509.DNSName)]
    out += [f"IP:{v}" for v in ext.get_values_for_type(x509.IPAddress)]
    out += [f"email:{v}" for v in ext.get_values_for_type(x509.RFC822Name)]
    out += [f"URI:{v}" for v in ext.get_values_for_type(x509.UniformResourceIdentifier)]
    return out


def describe(cert: x509.Certificate) -> dict:
    key_type, bits, curve = key_description(cert.public_key())
    return {
        "subject": _name(cert),
        "issuer": cert.issuer.rfc4514_string(),
        "serial_number": format(cert.serial_number, "x"),
        "sans": sans(cert),
        "not_before": _iso(cert.not_valid_before_utc),
        "not_after": _iso(cert.not_valid_after_utc),
        "fingerprint_sha256": fingerprint(cert),
        "key_type": key_type,
        "key_bits": bits,
        "key_curve": curve,
        "self_signed": is_self_signed(cert),
    }


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False


def validate_server_bundle(chain: list[x509.Certificate], key, pointer: str) -> tuple[dict, str, str]:
    """Checks a platform (server) certificate bundle; returns (info, chain PEM, PKCS#8 key PEM)."""
    now = dt.datetime.now(dt.timezone.utc)
    leaf = chain[0]
    if _is_ca(leaf):
        raise reject("leaf-is-ca", f"the first certificate ({_name(leaf)}) is a CA certificate; put the server certificate first", pointer)
    if _spki(leaf.public_key()) != _spki(key.public_key()):
        raise reject("key-mismatch", f"the private key does not belong to the certificate ({_name(leaf)})", pointer)
    if not sans(leaf):
        raise reject("san-missing", f"the certificate ({_name(leaf)}) has no subjectAltName; clients match host names only against SANs (RFC 6125)", pointer)
    check_chain(chain, pointer, now)
    info = describe(leaf)
    info["chain"] = [{"subject": _name(c), "issuer": c.issuer.rfc4514_string(), "fingerprint_sha256": fingerprint(c),
                      "not_after": _iso(c.not_valid_after_utc)} for c in chain]
    chain_pem = "".join(c.public_bytes(serialization.Encoding.PEM).decode("ascii") for c in chain)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode("ascii")
    return info, chain_pem, key_pem


def from_pem(chain_text: str, key_text: str, password: str | None) -> tuple[dict, str, str]:
    certs = parse_pem_certificates(chain_text, "#/certificate_chain_pem")
    key = parse_private_key(key_text, password, "#/private_key_pem")
    # Bundles come in any order: the leaf is the certificate of the key (else the first non-CA one, so a
    # mismatching key is reported against the certificate the operator meant).
    spki = _spki(key.public_key())
    leaf = (next((c for c in certs if _spki(c.public_key()) == spki), None)
            or next((c for c in certs if not _is_ca(c)), certs[0]))
    return validate_server_bundle(order_chain(leaf, [c for c in certs if c is not leaf]), key,
                                  "#/certificate_chain_pem")


def from_pkcs12(b64: str, password: str | None) -> tuple[dict, str, str]:
    pointer = "#/pkcs12"
    try:
        data = base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise reject("pkcs12-invalid", "pkcs12 is not valid base64", pointer) from exc
    try:
        key, cert, additional = pkcs12.load_key_and_certificates(data, password.encode("utf-8") if password else None)
    except ValueError as exc:
        raise reject("pkcs12-invalid", "cannot open the PKCS#12 file: wrong password or not a PKCS#12 file", pointer) from exc
    except Exception as exc:
        raise reject("pkcs12-invalid", f"cannot open the PKCS#12 file ({exc})", pointer) from exc
    if cert is None:
        raise reject("pkcs12-invalid", "the PKCS#12 file contains no certificate with a private key", pointer)
    if key is None:
        raise reject("key-invalid", "the PKCS#12 file contains no private key", pointer)
    return validate_server_bundle(order_chain(cert, list(additional)), key, pointer)


def validate_ca_certificate(text: str) -> tuple[dict, str]:
    """A tenant's client-certificate trust anchor: exactly one CA certificate, not expired, strong key."""
    pointer = "#/certificate_pem"
    certs = parse_pem_certificates(text, pointer)
    if len(certs) != 1:
        raise reject("pem-invalid", f"expected exactly one CA certificate, found {len(certs)}; stage them one at a time", pointer)
    cert = certs[0]
    if not _is_ca(cert):
        raise reject("not-a-ca", f"the certificate ({_name(cert)}) is not a CA certificate (basicConstraints CA:TRUE missing)", pointer)
    now = dt.datetime.now(dt.timezone.utc)
    if cert.not_valid_after_utc < now:
        raise reject("expired", f"the certificate ({_name(cert)}) expired on {_iso(cert.not_valid_after_utc)}", pointer)
    check_key_strength(cert, "the certificate", pointer)
    return describe(cert), cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def not_yet_valid(info: dict) -> bool:
    return info["not_before"] > _iso(dt.datetime.now(dt.timezone.utc))
