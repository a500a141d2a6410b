#pragma once

#include "core/auth/ProfileStore.h"

#include <QMainWindow>

class QStackedWidget;

namespace custos {

class SignInPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ProfileStore* profiles, QWidget* parent = nullptr);

    // Selects the profile on the sign-in screen (from --profile or the last one used).
    void selectProfile(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void importProfile();
    void reloadProfiles(const QString& selected);

    ProfileStore* m_profiles;
    QStackedWidget* m_pages;
    SignInPage* m_signIn;
};

} // namespace custos
