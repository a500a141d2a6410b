#include "core/ledger/WitnessPolicy.h"

#include "core/http/TransportPolicy.h"
#include "core/ledger/WitnessKey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUrl>
#include <cmath>

namespace custos {
namespace {

struct WitnessPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(custos::WitnessPolicy)
};

Error unusable(const QString& why, const QString& action)
{
    return Error::invalid(WitnessPolicyText::tr("The profile's witnesses are not usable"), why, action);
}

} // namespace

Status WitnessPolicy::validate() const
{
    QSet<QString> keys;
    for (qsizetype i = 0; i < witnesses.size(); ++i) {
        const Witness& witness = witnesses.at(i);
        const QUrl url(witness.url, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !url.query().isEmpty() || !url.fragment().isEmpty())
            return unusable(WitnessPolicyText::tr("witness %1 has no valid URL (\"%2\")").arg(i + 1).arg(witness.url),
                            WitnessPolicyText::tr("Give each witness its base URL, e.g. https://witness.example.org"));
        if (!TransportPolicy::allows(url))
            return unusable(WitnessPolicyText::tr("witness %1 (%2) uses plain http, which is only accepted on this "
                                                  "computer's loopback")
                                .arg(i + 1)
                                .arg(witness.url),
                            WitnessPolicyText::tr("Use the witness's https:// address"));
        const auto key = WitnessKey::parse(witness.key);
        if (!key)
            return unusable(WitnessPolicyText::tr("the key of witness %1 is not a cosignature/v1 verifier key: %2")
                                .arg(i + 1)
                                .arg(key.error().why),
                            WitnessPolicyText::tr("Copy the key the witness's operator publishes (name+hash+base64, "
                                                  "the base64 starting with B)"));
        if (keys.contains(key->text()))
            return unusable(WitnessPolicyText::tr("witness %1 has the same key as an earlier one").arg(i + 1),
                            WitnessPolicyText::tr("List each witness once"));
        keys.insert(key->text());
    }
    if (witnesses.isEmpty() && quorum != 0)
        return unusable(WitnessPolicyText::tr("witnessQuorum is %1 but the profile lists no witnesses").arg(quorum),
                        WitnessPolicyText::tr("Add the witnesses, or remove witnessQuorum"));
    if (!witnesses.isEmpty() && (quorum < 1 || quorum > witnesses.size()))
        return unusable(WitnessPolicyText::tr("witnessQuorum is %1 but the profile lists %n witness(es)", nullptr,
                                              int(witnesses.size()))
                            .arg(quorum),
                        WitnessPolicyText::tr("Set witnessQuorum between 1 and the number of witnesses"));
    return success();
}

Result<WitnessPolicy> WitnessPolicy::fromJson(const QJsonObject& profile)
{
    WitnessPolicy policy;
    const QJsonValue list = profile.value(QLatin1String("witnesses"));
    if (!list.isUndefined() && !list.isNull() && !list.isArray())
        return unusable(WitnessPolicyText::tr("\"witnesses\" is not a list"),
                        WitnessPolicyText::tr("Write it as [{\"url\": …, \"key\": …}, …]"));
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        if (!entries.at(i).isObject() || !entry.value(QLatin1String("url")).isString() ||
            !entry.value(QLatin1String("key")).isString())
            return unusable(
                WitnessPolicyText::tr("witness %1 is not an object with a \"url\" and a \"key\"").arg(i + 1),
                WitnessPolicyText::tr("Write it as {\"url\": \"https://…\", \"key\": \"name+hash+base64\"}"));
        policy.witnesses.append({entry.value(QLatin1String("url")).toString().trimmed(),
                                 entry.value(QLatin1String("key")).toString().trimmed()});
    }
    const QJsonValue quorum = profile.value(QLatin1String("witnessQuorum"));
    if (quorum.isUndefined() || quorum.isNull()) {
        policy.quorum = int(policy.witnesses.size());
    } else {
        const double number = quorum.toDouble(-1);
        if (!quorum.isDouble() || number != std::floor(number) || number < 0 || number > 1000)
            return unusable(WitnessPolicyText::tr("witnessQuorum is not a whole number"),
                            WitnessPolicyText::tr("Set witnessQuorum to how many witnesses must cosign, e.g. 2"));
        policy.quorum = int(number);
    }
    if (auto valid = policy.validate(); !valid)
        return valid.error();
    return policy;
}

void WitnessPolicy::addTo(QJsonObject& profile) const
{
    if (witnesses.isEmpty())
        return;
    QJsonArray list;
    for (const Witness& witness : witnesses)
        list.append(QJsonObject{{QStringLiteral("url"), witness.url}, {QStringLiteral("key"), witness.key}});
    profile.insert(QStringLiteral("witnesses"), list);
    profile.insert(QStringLiteral("witnessQuorum"), quorum);
}

} // namespace custos
