#pragma once

#include "core/audit/JustificationPolicy.h"
#include "core/users/BulkRun.h"
#include "ui/users/dialogs/AccessChoices.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace custos {

class BulkResultsModel;
class JustificationFields;
class CheckableList;
class UserAccessApi;

// Bulk: many users at once, from the selection or from a CSV file. Three pages: what to do (the action, for a
// role change the roles to add and remove), a confirmation with the count, then the run with its progress,
// Cancel, and a per-user result table that can be exported. The controller runs the BulkRun; this dialog only
// shows it.
class BulkDialog : public QDialog
{
    Q_OBJECT
public:
    // `selection` may be empty (a CSV is then the only source); `action` is preselected.
    BulkDialog(UserAccessApi* access, const QList<KeycloakUser>& selection, UserAction action,
               QWidget* parent = nullptr);

    // The items to run, from the CSV when one is loaded, otherwise from the selection and the chosen action.
    [[nodiscard]] QList<BulkItem> items() const;
    [[nodiscard]] bool leaveGroups() const;
    // The run's reason and ticket (a CSV line's own reason replaces the reason for that line).
    void setJustificationPolicy(const JustificationPolicy& policy);
    [[nodiscard]] Justification justification() const;

    // Reads a CSV file (see parseBulkCsv); every bad line is listed. Returns whether it was loaded.
    bool loadCsvFile(const QString& path);
    // Writes the result table as CSV (bulkResultsCsv).
    [[nodiscard]] Status exportResults(const QString& path) const;

    // Shows `run` (already started by the controller): progress, Cancel, results.
    void track(BulkRun* run);
    // The run could not start (the step-up failed): back to the confirmation, with the reason.
    void showError(const Error& error);

    [[nodiscard]] BulkResultsModel* results() const { return m_results; }

signals:
    // The operator confirmed; the controller reads items() and leaveGroups().
    void runRequested();

private:
    QWidget* createSetupPage();
    QWidget* createConfirmPage();
    QWidget* createRunPage();
    [[nodiscard]] UserAction chosenAction() const;
    [[nodiscard]] QString setupProblem() const;
    void updateSetup();
    void showConfirmation();
    void chooseCsvFile();
    // Uses a CSV file's lines as the bulk items; lists every bad line otherwise.
    bool applyCsv(const QByteArray& csv);
    void showCsvErrors(const QString& text);
    void chooseExportFile();
    void runFinished();

    QList<KeycloakUser> m_selection;
    AccessChoices m_choices;
    bool m_rolesLoaded = false;
    QString m_rolesError; // why the realm's roles could not be read
    std::optional<QList<BulkItem>> m_csvItems;
    // A file that could not be read while the realm's roles were still being read, read again once they are.
    std::optional<QByteArray> m_csvAwaitingRoles;

    QStackedWidget* m_pages;
    // setup
    QLabel* m_source;
    QPushButton* m_loadCsv;
    QPlainTextEdit* m_csvErrors;
    QComboBox* m_action;
    QWidget* m_roleChange;
    CheckableList* m_addRoles;
    CheckableList* m_removeRoles;
    QCheckBox* m_leaveGroups;
    QLabel* m_setupProblem;
    QPushButton* m_continue;
    // confirm
    QLabel* m_confirmText;
    QLabel* m_confirmError;
    JustificationFields* m_justification;
    QPushButton* m_back;
    QPushButton* m_run;
    // run
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QTableView* m_table;
    QPushButton* m_cancel;
    QPushButton* m_export;
    QLabel* m_exportStatus;
    BulkResultsModel* m_results;
    QPointer<BulkRun> m_runner;
};

} // namespace custos
