// The certificates page against the real devstack: a bundle with problems is explained before anything is sent,
// a generated PKCS#12 is staged through the dialog, activated (fresh authentication: no step-up), the previous
// certificate restored (stale authentication: a step-up first), and the timeline shows one bar per certificate.
#include "Screenshots.h"
#include "core/actions/ActionContext.h"
#include "core/platform/PlatformApi.h"
#include "tests/gui/PlatformConsoleFixture.h"
#include "tests/unit/x509/TestCertificates.h"
#include "ui/certificates/CertificateTimeline.h"
#include "ui/certificates/CertificatesPage.h"
#include "ui/certificates/StageCertificateDialog.h"
#include "ui/tenants/OutcomeBar.h"
#include "ui/tenants/PlatformContext.h"
#include "ui/widgets/StatusColours.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;

namespace {

constexpr int serverWait = PlatformConsoleFixture::serverWait;
const QByteArray hostName = "platform.custos.test";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

PlatformCertificate::State stateOf(const CertificatesPage& page, const QString& id)
{
    for (const PlatformCertificate& certificate : page.certificates())
        if (certificate.id == id)
            return certificate.state;
    return PlatformCertificate::State::Staged;
}

} // namespace

class TestCertificatesPage : public QObject
{
    Q_OBJECT
private:
    PlatformConsoleFixture* m_fixture = nullptr;
    std::unique_ptr<TestConsole> m_carl;
    QTemporaryDir m_files;

private slots:
    void initTestCase()
    {
        Screenshots::prepare();
        m_fixture = new PlatformConsoleFixture(this);
        const QString problem = m_fixture->setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(m_files.isValid());
        m_carl = m_fixture->console(QStringLiteral("carl"));
    }

    void theTimelineDrawsTodayAndOneBarPerCertificate()
    {
        CertificateTimeline timeline;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        timeline.setNow(now);
        QCOMPARE(timeline.barCount(), 0);
        timeline.setEntries(
            {{QStringLiteral("soon"), now.addDays(-300), now.addDays(10), CertificateTimeline::State::Active},
             {QStringLiteral("later"), now.addDays(-1), now.addDays(400), CertificateTimeline::State::Staged}});
        QCOMPARE(timeline.barCount(), 2);
        QVERIFY(timeline.accessibleDescription().contains(QStringLiteral("soon (active)")));
        QVERIFY(timeline.accessibleDescription().contains(QStringLiteral("expires in 10 day")));
        timeline.resize(800, timeline.sizeHint().height());
        const QImage image = timeline.grab().toImage();
        // The 10-day bar is painted in the palette's warning colour, the staged one in its info blue.
        const QColor warning = StatusColours::text(StatusColours::Role::Warning, timeline.palette());
        const QColor info = StatusColours::text(StatusColours::Role::Info, timeline.palette());
        bool amber = false;
        bool blue = false;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                amber = amber || c == warning;
                blue = blue || c == info;
            }
        QVERIFY(amber);
        QVERIFY(blue);
    }

    void theLifecycleRunsThroughThePage()
    {
        CertificatesPage page(m_carl->context);
        page.resize(1150, 720);
        page.show();
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!page.certificates().isEmpty(), serverWait);
        QCOMPARE(page.timeline()->barCount(), int(page.certificates().size()));
        QCOMPARE(page.table()->rowCount(), int(page.certificates().size()));
        QString seedId;
        for (const PlatformCertificate& certificate : page.certificates())
            if (certificate.state == PlatformCertificate::State::Active)
                seedId = certificate.id;
        QVERIFY(!seedId.isEmpty());
        const int before = int(page.certificates().size());

        const test::Key caKey = test::Key::ec("P-256");
        const test::Cert ca = test::makeCa("Custos GUI Test CA", caKey);
        const QString caFile = writeFile(m_files, QStringLiteral("ca.pem"), ca.pem());

        // An expired certificate: every problem in plain words, nothing can be sent.
        QVERIFY(page.stageAction()->isEnabled());
        page.stageAction()->trigger();
        auto* dialog = page.findChild<StageCertificateDialog*>(QStringLiteral("stageCertificateDialog"));
        QVERIFY(dialog);
        QVERIFY2(dialog->findChild<QLineEdit*>(QStringLiteral("hostNamesField"))->text().contains(hostName),
                 "the host names come from the active certificate");
        test::CertSpec expiredSpec;
        expiredSpec.commonName = hostName;
        expiredSpec.sans = {QStringLiteral("DNS:platform.custos.test")};
        expiredSpec.notBeforeDays = -20;
        expiredSpec.notAfterDays = -1;
        const test::Key expiredKey = test::Key::ec("P-256");
        const test::Cert expired = test::makeCert(expiredSpec, expiredKey, &ca);
        dialog->findChild<QLineEdit*>(QStringLiteral("chainFileField"))
            ->setText(writeFile(m_files, QStringLiteral("expired.pem"), expired.pem()));
        dialog->findChild<QLineEdit*>(QStringLiteral("keyFileField"))
            ->setText(writeFile(m_files, QStringLiteral("expired.key"), test::Key::ec("P-256").pem()));
        dialog->findChild<QLineEdit*>(QStringLiteral("hostNamesField"))->setText(QString::fromLatin1(hostName));
        dialog->findChild<QLineEdit*>(QStringLiteral("trustedCaField"))->setText(caFile);
        dialog->findChild<QCheckBox*>(QStringLiteral("trustSystemBox"))->setChecked(false);
        dialog->findChild<QPushButton*>(QStringLiteral("checkButton"))->click();
        auto* stage = dialog->findChild<QPushButton*>(QStringLiteral("stageButton"));
        QVERIFY(!stage->isEnabled());
        QStringList problems;
        for (int i = 0; i < dialog->problemList()->count(); ++i)
            problems.append(dialog->problemList()->item(i)->text());
        QVERIFY2(problems.size() >= 2, qPrintable(problems.join(u'|'))); // the wrong key and the expiry
        QVERIFY2(problems.join(u'|').contains(QStringLiteral("expired on")), qPrintable(problems.join(u'|')));

        // A good PKCS#12: checked, staged.
        test::CertSpec spec;
        spec.commonName = hostName;
        spec.sans = {QStringLiteral("DNS:platform.custos.test"), QStringLiteral("DNS:localhost")};
        const test::Key key = test::Key::ec("P-256");
        const test::Cert leaf = test::makeCert(spec, key, &ca);
        dialog->findChild<QRadioButton*>(QStringLiteral("formatPkcs12"))->setChecked(true);
        dialog->findChild<QLineEdit*>(QStringLiteral("pkcs12FileField"))
            ->setText(writeFile(m_files, QStringLiteral("leaf.p12"), leaf.pkcs12("gui-P12-secret", {ca})));
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("pkcs12PasswordField"));
        password->setText(QStringLiteral("wrong"));
        dialog->findChild<QPushButton*>(QStringLiteral("checkButton"))->click();
        QVERIFY(!stage->isEnabled());
        password->setText(QStringLiteral("gui-P12-secret"));
        QVERIFY(!stage->isEnabled()); // an edit needs a new check
        dialog->findChild<QPushButton*>(QStringLiteral("checkButton"))->click();
        QVERIFY2(!stage->isEnabled(), "staged without a reason");
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("The platform certificate expires next month"));
        QVERIFY2(stage->isEnabled(), qPrintable(dialog->problemList()->item(0)->text()));
        stage->click();
        QTRY_VERIFY_WITH_TIMEOUT(int(page.certificates().size()) == before + 1, serverWait);
        QVERIFY2(!dialog->outcomeBar()->isFailure(), qPrintable(dialog->outcomeBar()->text()));
        QVERIFY(password->text().isEmpty()); // the password is not kept
        dialog->reject();
        QCOMPARE(page.timeline()->barCount(), before + 1);
        QString stagedId;
        for (const PlatformCertificate& certificate : page.certificates())
            if (certificate.state == PlatformCertificate::State::Staged &&
                certificate.facts.sans.contains(QStringLiteral("DNS:localhost")) &&
                certificate.stagedBy == QStringLiteral("carl"))
                stagedId = certificate.id;
        QVERIFY(!stagedId.isEmpty());
        QVERIFY(m_fixture->ledgerActions().contains(QStringLiteral("CERTIFICATE_STAGED")));

        // Activate: the operator authenticated moments ago, so no step-up is needed.
        page.selectCertificate(stagedId);
        QVERIFY(page.activateAction()->isEnabled());
        QVERIFY(!page.restoreAction()->isEnabled());
        page.activateAction()->trigger();
        QCOMPARE(confirmWithReason(&page, QStringLiteral("certificateConfirmBox"),
                                   QStringLiteral("Yearly renewal of the platform certificate")),
                 QString());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, stagedId), PlatformCertificate::State::Active, serverWait);
        QCOMPARE(stateOf(page, seedId), PlatformCertificate::State::Archived);
        QCOMPARE(m_carl->stepUps, 0);
        QVERIFY(Screenshots::save(&page, QStringLiteral("certificates")));

        // Restore the devstack's certificate with an old authentication: a step-up comes first.
        m_carl->actor.authTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
        page.selectCertificate(seedId);
        QVERIFY(page.restoreAction()->isEnabled());
        page.restoreAction()->trigger();
        QCOMPARE(confirmWithReason(&page, QStringLiteral("certificateConfirmBox"),
                                   QStringLiteral("Back to the devstack's own certificate")),
                 QString());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, seedId), PlatformCertificate::State::Active, serverWait);
        QCOMPARE(m_carl->stepUps, 1);
        QCOMPARE(stateOf(page, stagedId), PlatformCertificate::State::Archived);
        const QStringList actions = m_fixture->ledgerActions();
        QVERIFY(actions.contains(QStringLiteral("CERTIFICATE_ACTIVATED")));
        QVERIFY(actions.contains(QStringLiteral("CERTIFICATE_RESTORED")));
    }

    void aStepUpThatFailsChangesNothing()
    {
        CertificatesPage page(m_carl->context);
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!page.certificates().isEmpty(), serverWait);
        QString archivedId;
        for (const PlatformCertificate& certificate : page.certificates())
            if (certificate.state == PlatformCertificate::State::Archived)
                archivedId = certificate.id;
        QVERIFY(!archivedId.isEmpty());
        // A console whose step-up the operator abandons in the browser.
        ActionContext abandoning(
            [this] {
                Operator actor = m_carl->actor;
                actor.authTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
                return actor;
            },
            [](const QString&, QObject*, std::function<void(const Status&)> done) {
                done(Error::cancelled(QStringLiteral("Step-up cancelled"),
                                      QStringLiteral("the browser window was closed")));
            });
        abandoning.setAuditTrail(m_carl->actions->auditTrail());
        PlatformContext refusing(m_carl->context->services(), &abandoning);
        QSignalSpy known(&refusing, &PlatformContext::identityChanged);
        refusing.refreshIdentity();
        QVERIFY(known.wait(serverWait));
        const qsizetype restoresBefore = m_fixture->ledgerActions().count(QStringLiteral("CERTIFICATE_RESTORED"));
        CertificatesPage guarded(&refusing);
        guarded.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!guarded.certificates().isEmpty(), serverWait);
        guarded.selectCertificate(archivedId);
        guarded.restoreAction()->trigger();
        QCOMPARE(confirmWithReason(&guarded, QStringLiteral("certificateConfirmBox"),
                                   QStringLiteral("Restore attempt that the step-up stops")),
                 QString());
        QTRY_VERIFY_WITH_TIMEOUT(guarded.outcomeBar()->isFailure(), serverWait);
        QVERIFY(guarded.outcomeBar()->text().contains(QStringLiteral("the browser window was closed")));
        // The refusal is recorded like any outcome, and no intent was written: nothing reached the platform.
        QCOMPARE(m_fixture->ledgerActions().count(QStringLiteral("CERTIFICATE_RESTORED")), restoresBefore + 1);
        const auto still = PlatformConsoleFixture::await<PlatformCertificate>(
            [&](auto done) { m_carl->platform->platformCertificate(archivedId, this, done); });
        QVERIFY(still.ok());
        QCOMPARE(still->state, PlatformCertificate::State::Archived);
    }
};

QTEST_MAIN(TestCertificatesPage)
#include "test_certificates_page.moc"
