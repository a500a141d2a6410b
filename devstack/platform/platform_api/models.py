"""Request bodies. They mirror the schemas in openapi.yaml (extra members are refused, as there)."""

from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

Slug = Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]{1,61}[a-z0-9]$")]
Name = Annotated[str, Field(min_length=1, max_length=200, pattern=r"[^\x00-\x20]")]
Plan = Literal["free", "standard", "enterprise"]
Email = Annotated[str, Field(max_length=254, pattern=r"^[^@\x00-\x20\x7f]+@[^@\x00-\x20\x7f]+\.[^@\x00-\x20\x7f]+$")]
OrgId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9-]+$")]
# Limits keep the largest valid request (every character JSON-escaped to 6 bytes) under the 1 MiB body cap.
Pem = Annotated[str, Field(min_length=1, max_length=64 * 1024)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TenantCreate(Strict):
    slug: Slug
    name: Name
    plan: Plan = "standard"
    admin_email: Optional[Email] = None
    keycloak_organization_id: Optional[OrgId] = None


class TenantPatch(Strict):
    """JSON merge patch (RFC 7396): absent members stay, null clears the nullable ones."""
    name: Optional[Name] = None
    plan: Optional[Plan] = None
    admin_email: Optional[Email] = None
    keycloak_organization_id: Optional[OrgId] = None


class StagePem(Strict):
    format: Literal["pem"]
    certificate_chain_pem: Pem
    private_key_pem: Pem
    private_key_password: Optional[Annotated[str, Field(max_length=1024)]] = None


class StagePkcs12(Strict):
    format: Literal["pkcs12"]
    pkcs12: Annotated[str, Field(min_length=1, max_length=128 * 1024)]
    password: Optional[Annotated[str, Field(max_length=1024)]] = None


StageCertificate = Annotated[Union[StagePem, StagePkcs12], Field(discriminator="format")]


class TenantCaStage(Strict):
    label: Annotated[str, Field(min_length=1, max_length=200, pattern=r"[^\x00-\x20]")]
    certificate_pem: Pem
