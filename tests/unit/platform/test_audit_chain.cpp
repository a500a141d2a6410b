#include "core/platform/AuditChainVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace custos;

// The chain rules of openapi.yaml, checked against a feed the reference service wrote (so the hash is the
// platform's, not only ours), and every way a chain can be broken.
class TestAuditChain : public QObject
{
    Q_OBJECT
private:
    QList<PlatformAuditEvent> m_feed;

    static PlatformAuditEvent parse(const QJsonObject& object)
    {
        auto event = PlatformAuditEvent::fromJson(object);
        if (!event)
            qFatal("feed: %s", qPrintable(event.error().userMessage()));
        return event.value();
    }

    static PlatformAuditEvent modified(const PlatformAuditEvent& event, const QString& key, const QJsonValue& value)
    {
        QJsonObject raw = event.raw;
        raw.insert(key, value);
        return parse(raw);
    }

private slots:
    void initTestCase()
    {
        QFile file(QFINDTESTDATA("audit-feed-kat.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray items = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(items.size() >= 5);
        for (const QJsonValue& item : items)
            m_feed.append(parse(item.toObject()));
    }

    void theReferenceFeedVerifies()
    {
        AuditChainVerifier verifier;
        for (const PlatformAuditEvent& event : m_feed) {
            const auto broken = verifier.verify(event);
            QVERIFY2(!broken, broken ? qPrintable(broken->error.userMessage()) : "");
        }
        QCOMPARE(verifier.lastEventId(), m_feed.last().id);
        QCOMPARE(verifier.heads().value(QString()), m_feed.last().integrityHash); // the platform chain
        QCOMPARE(verifier.heads().value(m_feed.first().tenantId), m_feed.first().integrityHash);
    }

    void theHashIsTheReferenceServicesHash()
    {
        for (const PlatformAuditEvent& event : m_feed)
            QCOMPARE(AuditChainVerifier::computeHash(event.prevHash, event.raw).value(), event.integrityHash);
        QCOMPARE(m_feed.first().prevHash, AuditChainVerifier::genesisHash());
    }

    void aModifiedEventIsFlagged()
    {
        AuditChainVerifier verifier;
        QJsonObject details = m_feed.first().details;
        details.insert(QStringLiteral("note"), QStringLiteral("tampered"));
        const auto broken = verifier.verify(modified(m_feed.first(), QStringLiteral("details"), details));
        QVERIFY(broken);
        QCOMPARE(broken->eventId, m_feed.first().id);
        QCOMPARE(broken->chain, m_feed.first().tenantId);
        QCOMPARE(broken->error.kind, Error::Kind::Integrity);
        QVERIFY(broken->error.why.contains("modified"));
        QVERIFY(broken->error.what.contains(m_feed.first().tenantId));
    }

    void aRemovedEventIsFlagged()
    {
        // Event 4 and 5 form the platform chain; without 4, 5 does not continue from the genesis.
        AuditChainVerifier verifier;
        const PlatformAuditEvent& last = m_feed.last();
        QVERIFY(last.tenantId.isEmpty());
        const auto broken = verifier.verify(last);
        QVERIFY(broken);
        QVERIFY(broken->error.why.contains("prev_hash"));
        QVERIFY(broken->error.what.contains("platform chain"));
    }

    void idsMustGrow()
    {
        AuditChainVerifier verifier;
        QVERIFY(!verifier.verify(m_feed.at(0)));
        QVERIFY(!verifier.verify(m_feed.at(1)));
        const auto broken = verifier.verify(m_feed.at(0));
        QVERIFY(broken);
        QVERIFY(broken->error.why.contains("must grow"));
    }

    void aResumedVerifierContinuesTheChains()
    {
        AuditChainVerifier first;
        for (qsizetype i = 0; i < 4; ++i)
            QVERIFY(!first.verify(m_feed.at(i)));
        AuditChainVerifier resumed;
        resumed.resume(first.heads(), first.lastEventId());
        QVERIFY(!resumed.verify(m_feed.at(4)));
    }

    void headsMustMatchTheServer()
    {
        AuditChainVerifier verifier;
        for (const PlatformAuditEvent& event : m_feed)
            QVERIFY(!verifier.verify(event));
        QList<PlatformAuditHead> heads;
        for (auto it = verifier.heads().begin(); it != verifier.heads().end(); ++it)
            heads.append(PlatformAuditHead{it.key(), it.value(), 1, 1});
        QVERIFY(!verifier.verifyHeads(heads));
        heads.first().headHash = QString(64, u'a');
        const auto broken = verifier.verifyHeads(heads);
        QVERIFY(broken);
        QVERIFY(broken->error.why.contains("removed or rewritten"));
        // A head newer than anything read is the next run's business.
        heads.first().lastEventId = verifier.lastEventId() + 1;
        QVERIFY(!verifier.verifyHeads(heads));
    }

    void malformedEventsAreRefused()
    {
        QJsonObject raw = m_feed.first().raw;
        raw.insert(QStringLiteral("integrity_hash"), QStringLiteral("XYZ"));
        QVERIFY(!PlatformAuditEvent::fromJson(raw).ok());
        raw = m_feed.first().raw;
        raw.insert(QStringLiteral("id"), 1.5);
        QVERIFY(!PlatformAuditEvent::fromJson(raw).ok());
        raw = m_feed.first().raw;
        raw.remove(QStringLiteral("actor"));
        QVERIFY(!PlatformAuditEvent::fromJson(raw).ok());
        QVERIFY(!PlatformAuditPage::fromJson(QJsonObject{{"items", 3}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "test_audit_chain.moc"
