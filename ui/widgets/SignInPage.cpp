#include "ui/widgets/SignInPage.h"

#include "ui/widgets/StatusColours.h"

#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {

SignInPage::SignInPage(QWidget* parent)
    : QWidget(parent)
    , m_profileBox(new QComboBox(this))
    , m_details(new QLabel(this))
    , m_signInButton(new QPushButton(tr("&Sign in with your browser"), this))
    , m_status(new QLabel(this))
    , m_waiting(new QWidget(this))
    , m_url(new QLineEdit(m_waiting))
{
    setObjectName(QStringLiteral("signInPage"));
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_profileBox->setAccessibleName(tr("Environment"));
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_details->setObjectName(QStringLiteral("profileDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);

    m_url->setObjectName(QStringLiteral("authorizationUrl"));
    m_url->setReadOnly(true);
    m_url->setAccessibleName(tr("Sign-in address"));
    auto* copy = new QPushButton(tr("&Copy address"), m_waiting);
    copy->setObjectName(QStringLiteral("copyUrlButton"));
    auto* cancel = new QPushButton(tr("Cancel"), m_waiting);
    cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    auto* waitingRow = new QHBoxLayout(m_waiting);
    waitingRow->setContentsMargins(0, 0, 0, 0);
    waitingRow->addWidget(m_url, 1);
    waitingRow->addWidget(copy);
    waitingRow->addWidget(cancel);
    m_waiting->hide();
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_url->text()); });
    connect(cancel, &QPushButton::clicked, this, &SignInPage::cancelRequested);

    auto* title = new QLabel(tr("<h2>Sign in to Custos</h2>"), this);
    auto* intro = new QLabel(tr("Custos opens your web browser so that you sign in on your identity provider's own "
                                "page. Your password never passes through Custos."),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Environment:"), m_profileBox);
    form->addRow(QString(), m_details);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(form);
    column->addWidget(m_signInButton, 0, Qt::AlignLeft);
    column->addWidget(m_status);
    column->addWidget(m_waiting);
    column->addStretch();

    auto* centred = new QWidget(this);
    centred->setLayout(column);
    centred->setMaximumWidth(560);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addWidget(centred);
    outer->addStretch();

    connect(m_profileBox, &QComboBox::currentIndexChanged, this, &SignInPage::updateDetails);
    connect(m_signInButton, &QPushButton::clicked, this, [this] {
        if (auto profile = selectedProfile())
            emit signInRequested(*profile);
    });
    updateDetails();
}

void SignInPage::setProfiles(const QList<Profile>& profiles, const QString& selected)
{
    m_profiles = profiles;
    m_profileBox->clear();
    for (const Profile& profile : profiles)
        m_profileBox->addItem(profile.name);
    const qsizetype index =
        std::distance(profiles.begin(), std::find_if(profiles.begin(), profiles.end(),
                                                     [&](const Profile& p) { return p.name == selected; }));
    m_profileBox->setCurrentIndex(index < profiles.size() ? int(index) : 0);
    updateDetails();
}

std::optional<Profile> SignInPage::selectedProfile() const
{
    const int index = m_profileBox->currentIndex();
    if (index < 0 || index >= m_profiles.size())
        return std::nullopt;
    return m_profiles.at(index);
}

void SignInPage::setStatus(const QString& text, bool isError)
{
    m_status->setText(text);
    StatusColours::colourText(m_status, isError ? std::optional(StatusColours::Role::Danger) : std::nullopt);
    QFont font = m_status->font();
    font.setBold(isError);
    m_status->setFont(font);
}

void SignInPage::setBusy(bool busy)
{
    m_signInButton->setEnabled(!busy && selectedProfile().has_value());
    m_profileBox->setEnabled(!busy);
}

void SignInPage::showWaiting(const QUrl& url, bool browserOpened)
{
    setBusy(true);
    m_url->setText(url.toString(QUrl::FullyEncoded));
    m_waiting->show();
    setStatus(browserOpened ? tr("Continue in your browser. Custos is waiting for it to come back…")
                            : tr("Custos could not open a browser. Open this address in your browser to sign in:"));
}

void SignInPage::showIdle()
{
    m_waiting->hide();
    m_url->clear();
    setBusy(false);
}

void SignInPage::updateDetails()
{
    const auto profile = selectedProfile();
    m_signInButton->setEnabled(profile.has_value());
    if (!profile) {
        m_details->setText(tr("No environment is configured yet. Start Custos with --import-profile FILE, or use "
                              "File → Import profile."));
        return;
    }
    m_details->setText(tr("Realm <b>%1</b> at %2<br>Client: %3")
                           .arg(profile->realm().toHtmlEscaped(), profile->keycloakBaseUrl().toString().toHtmlEscaped(),
                                profile->clientId.toHtmlEscaped()));
}

} // namespace custos
