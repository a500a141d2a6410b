#include "core/platform/PlatformTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <optional>

namespace custos {
namespace {

struct PlatformTypesText
{
    Q_DECLARE_TR_FUNCTIONS(custos::PlatformTypes)
};

// Reads members of one object and remembers the first problem, so a parser reads like the schema it follows.
class Reader
{
public:
    Reader(const QJsonObject& object, QString what)
        : m_object(object)
        , m_what(std::move(what))
    {
    }

    // A string member; `nullable` accepts null or absence as empty.
    QString string(const char* key, bool nullable = false)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
        if (nullable && (value.isNull() || value.isUndefined()))
            return {};
        complain(key, PlatformTypesText::tr("is missing or not a string"));
        return {};
    }

    QString requiredText(const char* key)
    {
        const QString value = string(key);
        if (!m_problem && value.isEmpty())
            complain(key, PlatformTypesText::tr("is empty"));
        return value;
    }

    QDateTime time(const char* key, bool nullable = false)
    {
        const QString text = string(key, nullable);
        if (text.isEmpty())
            return {};
        QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!parsed.isValid()) {
            complain(key, PlatformTypesText::tr("is not an RFC 3339 time"));
            return {};
        }
        return parsed.toUTC();
    }

    qint64 integer(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        const double number = value.toDouble(-1);
        // Integers only, inside the range a JSON number carries exactly.
        if (!value.isDouble() || number < 0 || number > 9007199254740991.0 || number != double(qint64(number))) {
            complain(key, PlatformTypesText::tr("is not a non-negative integer"));
            return 0;
        }
        return qint64(number);
    }

    bool boolean(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isBool())
            complain(key, PlatformTypesText::tr("is not true or false"));
        return value.toBool();
    }

    QStringList strings(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        QStringList out;
        if (!value.isArray()) {
            complain(key, PlatformTypesText::tr("is not a list"));
            return out;
        }
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString()) {
                complain(key, PlatformTypesText::tr("holds something that is not a string"));
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }

    QJsonObject object(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isObject())
            complain(key, PlatformTypesText::tr("is not an object"));
        return value.toObject();
    }

    QJsonArray array(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isArray())
            complain(key, PlatformTypesText::tr("is not a list"));
        return value.toArray();
    }

    void check(bool condition, const char* key, const QString& why)
    {
        if (!condition)
            complain(key, why);
    }

    [[nodiscard]] bool ok() const { return !m_problem; }
    [[nodiscard]] Error error() const { return *m_problem; }

private:
    void complain(const char* key, const QString& why)
    {
        if (m_problem)
            return;
        m_problem = Error::protocol(
            m_what,
            PlatformTypesText::tr("the platform's answer is not what the API promises: \"%1\" %2")
                .arg(QLatin1String(key), why),
            PlatformTypesText::tr("Check that the profile's platform URL points at a Platform Admin API v1"));
    }

    const QJsonObject& m_object;
    QString m_what;
    std::optional<Error> m_problem;
};

// Every item of `page[key]` must be an object that `read` accepts.
template <typename T, typename Read> Result<QList<T>> readItems(const QJsonObject& page, const QString& what, Read read)
{
    Reader reader(page, what);
    const QJsonArray items = reader.array("items");
    if (!reader.ok())
        return reader.error();
    QList<T> out;
    out.reserve(items.size());
    for (const QJsonValue& item : items) {
        if (!item.isObject())
            return Error::protocol(what, PlatformTypesText::tr("an item of the platform's list is not an object"));
        Result<T> one = read(item.toObject());
        if (!one)
            return one.error();
        out.append(std::move(one).value());
    }
    return out;
}

const QRegularExpression& slugPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]{1,61}[a-z0-9]$"));
    return pattern;
}

const QRegularExpression& emailPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\x00-\\x20\\x7f]+@[^@\\x00-\\x20\\x7f]+\\.[^@\\x00-\\x20\\x7f]+$"));
    return pattern;
}

const QRegularExpression& hexDigest()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern;
}

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject Tenant::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("slug"), slug},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("plan"), plan},
                       {QStringLiteral("admin_email"), optionalText(adminEmail)},
                       {QStringLiteral("keycloak_organization_id"), optionalText(keycloakOrganizationId)}};
}

Result<Tenant> Tenant::fromJson(const QJsonObject& object)
{
    Reader reader(object, PlatformTypesText::tr("Could not read a tenant"));
    Tenant tenant;
    tenant.id = reader.requiredText("id");
    tenant.slug = reader.requiredText("slug");
    tenant.name = reader.string("name");
    tenant.status = reader.string("status");
    reader.check(tenant.status == u"active" || tenant.status == u"suspended", "status",
                 PlatformTypesText::tr("is neither active nor suspended"));
    tenant.plan = reader.string("plan");
    tenant.adminEmail = reader.string("admin_email", true);
    tenant.keycloakOrganizationId = reader.string("keycloak_organization_id", true);
    tenant.createdAt = reader.time("created_at");
    tenant.updatedAt = reader.time("updated_at");
    if (!reader.ok())
        return reader.error();
    return tenant;
}

Result<TenantPage> TenantPage::fromJson(const QJsonObject& object)
{
    const QString what = PlatformTypesText::tr("Could not read the tenants");
    auto items = readItems<Tenant>(object, what, &Tenant::fromJson);
    if (!items)
        return items.error();
    Reader reader(object, what);
    TenantPage page;
    page.items = std::move(items).value();
    page.total = reader.integer("total");
    page.nextCursor = reader.string("next_cursor", true);
    if (!reader.ok())
        return reader.error();
    return page;
}

Result<TenantDraft> TenantDraft::normalised() const
{
    auto invalid = [](const QString& why, const QString& action) {
        return Error::invalid(PlatformTypesText::tr("The tenant cannot be created"), why, action);
    };
    TenantDraft out;
    out.slug = slug.trimmed().toLower();
    out.name = name.trimmed();
    out.plan = plan.trimmed().isEmpty() ? QStringLiteral("standard") : plan.trimmed().toLower();
    out.adminEmail = adminEmail.trimmed().toLower();
    out.keycloakOrganizationId = keycloakOrganizationId.trimmed();
    if (!slugPattern().match(out.slug).hasMatch())
        return invalid(
            PlatformTypesText::tr("the slug \"%1\" is not 3–63 lower-case letters, digits and hyphens starting with a "
                                  "letter")
                .arg(out.slug),
            PlatformTypesText::tr("Choose a slug like \"acme\" or \"acme-eu\""));
    if (out.name.isEmpty() || out.name.size() > 200)
        return invalid(PlatformTypesText::tr("the name is empty or longer than 200 characters"),
                       PlatformTypesText::tr("Enter a display name"));
    if (!QStringList{QStringLiteral("free"), QStringLiteral("standard"), QStringLiteral("enterprise")}.contains(
            out.plan))
        return invalid(PlatformTypesText::tr("the plan \"%1\" is not free, standard or enterprise").arg(out.plan),
                       PlatformTypesText::tr("Choose one of the plans"));
    if (!out.adminEmail.isEmpty() && (out.adminEmail.size() > 254 || !emailPattern().match(out.adminEmail).hasMatch()))
        return invalid(PlatformTypesText::tr("\"%1\" is not an e-mail address").arg(out.adminEmail),
                       PlatformTypesText::tr("Enter the tenant administrator's e-mail address, or leave it empty"));
    return out;
}

QJsonObject TenantDraft::toJson() const
{
    QJsonObject body{{QStringLiteral("slug"), slug}, {QStringLiteral("name"), name}, {QStringLiteral("plan"), plan}};
    if (!adminEmail.isEmpty())
        body.insert(QStringLiteral("admin_email"), adminEmail);
    if (!keycloakOrganizationId.isEmpty())
        body.insert(QStringLiteral("keycloak_organization_id"), keycloakOrganizationId);
    return body;
}

Result<CertificateFacts> CertificateFacts::fromJson(const QJsonObject& object, const QString& what)
{
    Reader reader(object, what);
    CertificateFacts facts;
    facts.subject = reader.string("subject");
    facts.issuer = reader.string("issuer");
    facts.serialNumber = reader.string("serial_number");
    facts.sans = reader.strings("sans");
    facts.notBefore = reader.time("not_before");
    facts.notAfter = reader.time("not_after");
    facts.fingerprintSha256 = reader.string("fingerprint_sha256");
    reader.check(hexDigest().match(facts.fingerprintSha256).hasMatch(), "fingerprint_sha256",
                 PlatformTypesText::tr("is not 64 lower-case hex digits"));
    facts.keyType = reader.string("key_type");
    facts.keyBits = int(reader.integer("key_bits"));
    facts.keyCurve = reader.string("key_curve", true);
    facts.selfSigned = reader.boolean("self_signed");
    if (!reader.ok())
        return reader.error();
    return facts;
}

QString PlatformCertificate::stateName(State state)
{
    switch (state) {
    case State::Staged:
        return QStringLiteral("staged");
    case State::Active:
        return QStringLiteral("active");
    case State::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

Result<PlatformCertificate> PlatformCertificate::fromJson(const QJsonObject& object)
{
    const QString what = PlatformTypesText::tr("Could not read a platform certificate");
    auto facts = CertificateFacts::fromJson(object, what);
    if (!facts)
        return facts.error();
    Reader reader(object, what);
    PlatformCertificate certificate;
    certificate.facts = std::move(facts).value();
    certificate.id = reader.requiredText("id");
    const QString state = reader.string("state");
    if (state == u"staged")
        certificate.state = State::Staged;
    else if (state == u"active")
        certificate.state = State::Active;
    else if (state == u"archived")
        certificate.state = State::Archived;
    else
        reader.check(false, "state", PlatformTypesText::tr("is not staged, active or archived"));
    for (const QJsonValue& link : reader.array("chain"))
        certificate.chainSubjects.append(link.toObject().value(QLatin1String("subject")).toString());
    certificate.stagedAt = reader.time("staged_at");
    certificate.activatedAt = reader.time("activated_at", true);
    certificate.archivedAt = reader.time("archived_at", true);
    certificate.stagedBy = reader.string("staged_by");
    if (!reader.ok())
        return reader.error();
    return certificate;
}

Result<QList<PlatformCertificate>> PlatformCertificate::listFromJson(const QJsonObject& page)
{
    return readItems<PlatformCertificate>(page, PlatformTypesText::tr("Could not read the platform certificates"),
                                          &PlatformCertificate::fromJson);
}

Result<TenantCaCertificate> TenantCaCertificate::fromJson(const QJsonObject& object)
{
    const QString what = PlatformTypesText::tr("Could not read a tenant CA certificate");
    auto facts = CertificateFacts::fromJson(object, what);
    if (!facts)
        return facts.error();
    Reader reader(object, what);
    TenantCaCertificate certificate;
    certificate.facts = std::move(facts).value();
    certificate.id = reader.requiredText("id");
    certificate.tenantId = reader.requiredText("tenant_id");
    certificate.label = reader.string("label");
    const QString state = reader.string("state");
    reader.check(state == u"staged" || state == u"active", "state",
                 PlatformTypesText::tr("is neither staged nor active"));
    certificate.active = state == u"active";
    certificate.stagedAt = reader.time("staged_at");
    certificate.activatedAt = reader.time("activated_at", true);
    certificate.certificatePem = reader.string("certificate_pem");
    if (!reader.ok())
        return reader.error();
    return certificate;
}

Result<QList<TenantCaCertificate>> TenantCaCertificate::listFromJson(const QJsonObject& page)
{
    return readItems<TenantCaCertificate>(page, PlatformTypesText::tr("Could not read the tenant's CA certificates"),
                                          &TenantCaCertificate::fromJson);
}

Result<PlatformAuditEvent> PlatformAuditEvent::fromJson(const QJsonObject& object)
{
    Reader reader(object, PlatformTypesText::tr("Could not read an event of the platform's audit feed"));
    PlatformAuditEvent event;
    event.id = reader.integer("id");
    reader.check(event.id > 0, "id", PlatformTypesText::tr("is not a positive integer"));
    const QJsonObject actor = reader.object("actor");
    Reader actorReader(actor, PlatformTypesText::tr("Could not read an event of the platform's audit feed"));
    event.actorSub = actorReader.string("sub");
    event.actorUsername = actorReader.string("username");
    if (!actorReader.ok())
        return actorReader.error();
    event.action = reader.requiredText("action");
    event.resource = reader.string("resource");
    event.tenantId = reader.string("tenant", true);
    reader.check(object.value(QLatin1String("tenant")).isString() || object.value(QLatin1String("tenant")).isNull(),
                 "tenant", PlatformTypesText::tr("is neither a tenant id nor null"));
    event.traceId = reader.string("trace_id");
    event.ts = reader.requiredText("ts");
    event.details = reader.object("details");
    event.prevHash = reader.string("prev_hash");
    event.integrityHash = reader.string("integrity_hash");
    reader.check(hexDigest().match(event.prevHash).hasMatch(), "prev_hash",
                 PlatformTypesText::tr("is not 64 lower-case hex digits"));
    reader.check(hexDigest().match(event.integrityHash).hasMatch(), "integrity_hash",
                 PlatformTypesText::tr("is not 64 lower-case hex digits"));
    if (!reader.ok())
        return reader.error();
    event.raw = object;
    return event;
}

Result<PlatformAuditPage> PlatformAuditPage::fromJson(const QJsonObject& object)
{
    const QString what = PlatformTypesText::tr("Could not read the platform's audit feed");
    auto items = readItems<PlatformAuditEvent>(object, what, &PlatformAuditEvent::fromJson);
    if (!items)
        return items.error();
    Reader reader(object, what);
    PlatformAuditPage page;
    page.items = std::move(items).value();
    page.nextCursor = reader.string("next_cursor", true);
    if (!reader.ok())
        return reader.error();
    return page;
}

Result<QList<PlatformAuditHead>> PlatformAuditHead::listFromJson(const QJsonObject& page)
{
    return readItems<PlatformAuditHead>(page, PlatformTypesText::tr("Could not read the platform's audit chain heads"),
                                        [](const QJsonObject& object) -> Result<PlatformAuditHead> {
                                            Reader reader(object,
                                                          PlatformTypesText::tr("Could not read an audit chain head"));
                                            PlatformAuditHead head;
                                            head.tenantId = reader.string("tenant", true);
                                            head.headHash = reader.string("head_hash");
                                            reader.check(hexDigest().match(head.headHash).hasMatch(), "head_hash",
                                                         PlatformTypesText::tr("is not 64 lower-case hex digits"));
                                            head.lastEventId = reader.integer("last_event_id");
                                            head.events = reader.integer("events");
                                            if (!reader.ok())
                                                return reader.error();
                                            return head;
                                        });
}

Result<PlatformIdentity> PlatformIdentity::fromJson(const QJsonObject& object)
{
    Reader reader(object, PlatformTypesText::tr("Could not read who you are on the platform"));
    PlatformIdentity identity;
    identity.sub = reader.requiredText("sub");
    identity.username = reader.string("username");
    identity.email = reader.string("email", true);
    identity.roles = reader.strings("roles");
    identity.tenantClaim = reader.string("tenant_claim", true);
    const QJsonValue tenant = object.value(QLatin1String("tenant"));
    if (tenant.isObject())
        identity.tenantId = tenant.toObject().value(QLatin1String("id")).toString();
    else
        reader.check(tenant.isNull(), "tenant", PlatformTypesText::tr("is neither an object nor null"));
    identity.permissions = reader.strings("permissions");
    if (!reader.ok())
        return reader.error();
    return identity;
}

} // namespace custos
