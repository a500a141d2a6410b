"""Certificates for the tests, generated with `cryptography` on the fly (nothing checked in, nothing reused)."""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

NOW = dt.datetime.now(dt.timezone.utc)


@dataclass
class Issued:
    cert: x509.Certificate
    key: object

    @property
    def pem(self) -> str:
        return self.cert.public_bytes(serialization.Encoding.PEM).decode()

    @property
    def key_pem(self) -> str:
        return self.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()).decode()

    def encrypted_key_pem(self, password: str) -> str:
        return self.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.BestAvailableEncryption(password.encode())).decode()

    @property
    def fingerprint(self) -> str:
        return self.cert.fingerprint(hashes.SHA256()).hex()


def new_key(kind: str = "ec", bits: int = 2048):
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return ec.generate_private_key(ec.SECP256R1())


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Custos tests"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_ca(cn: str = "Test CA", issuer: Issued | None = None, key=None, days: int = 365,
            not_before: dt.datetime | None = None) -> Issued:
    key = key or new_key()
    start = not_before or NOW - dt.timedelta(days=1)
    builder = (x509.CertificateBuilder().subject_name(_name(cn))
               .issuer_name(issuer.cert.subject if issuer else _name(cn)).public_key(key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(start)
               .not_valid_after(start + dt.timedelta(days=days))
               .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
               .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True))
    return Issued(builder.sign(issuer.key if issuer else key, hashes.SHA256()), key)


def make_leaf(issuer: Issued | None, cn: str = "platform.custos.test", sans=("platform.custos.test",),
              key=None, not_before: dt.datetime | None = None, not_after: dt.datetime | None = None) -> Issued:
    """A server certificate; issuer None makes it self-signed. sans: DNS names or IP literals."""
    key = key or new_key()
    builder = (x509.CertificateBuilder().subject_name(_name(cn))
               .issuer_name(issuer.cert.subject if issuer else _name(cn)).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(not_before or NOW - dt.timedelta(hours=1))
               .not_valid_after(not_after or NOW + dt.timedelta(days=90))
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True))
    if sans:
        names = []
        for san in sans:
            try:
                names.append(x509.IPAddress(ipaddress.ip_address(san)))
            except ValueError:
                names.append(x509.DNSName(san))
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    return Issued(builder.sign(issuer.key if issuer else key, hashes.SHA256()), key)


def pkcs12_b64(leaf: Issued, chain: list[Issued], password: str | None) -> str:
    encryption = (serialization.BestAvailableEncryption(password.encode()) if password
                  else serialization.NoEncryption())
    data = pkcs12.serialize_key_and_certificates(b"platform", leaf.key, leaf.cert, [c.cert for c in chain], encryption)
    return base64.b64encode(data).decode()
