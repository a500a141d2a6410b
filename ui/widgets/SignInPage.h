#pragma once

#include "core/auth/Profile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace custos {

// The first screen: choose an environment and sign in through the system browser.
class SignInPage : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPage(QWidget* parent = nullptr);

    void setProfiles(const QList<Profile>& profiles, const QString& selected);
    [[nodiscard]] std::optional<Profile> selectedProfile() const;
    // A line under the button: progress ("Waiting for the browser…") or the last error in plain words.
    void setStatus(const QString& text, bool isError = false);
    void setBusy(bool busy);
    // While the browser is out: the URL to copy (when the browser could not be opened) and a Cancel button.
    void showWaiting(const QUrl& url, bool browserOpened);
    void showIdle();

signals:
    void signInRequested(const custos::Profile& profile);
    void cancelRequested();

private:
    void updateDetails();

    QList<Profile> m_profiles;
    QComboBox* m_profileBox;
    QLabel* m_details;
    QPushButton* m_signInButton;
    QLabel* m_status;
    QWidget* m_waiting;
    QLineEdit* m_url;
};

} // namespace custos
