#include "ui/users/dialogs/BulkDialog.h"

#include "ui/users/dialogs/BulkResultsModel.h"
#include "ui/users/dialogs/CheckableList.h"
#include "ui/widgets/JustificationFields.h"
#include "ui/widgets/StatusColours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace custos {

namespace {

// parseBulkCsv takes at most 100,000 lines; a file far larger than that many lines can be is refused unread.
constexpr qint64 maxCsvBytes = 16 * 1024 * 1024;

QLabel* errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    StatusColours::colourText(label, StatusColours::Role::Danger);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

BulkDialog::BulkDialog(UserAccessApi* access, const QList<KeycloakUser>& selection, UserAction action, QWidget* parent)
    : QDialog(parent)
    , m_selection(selection)
    , m_pages(new QStackedWidget(this))
    , m_results(new BulkResultsModel(this))
{
    setObjectName(QStringLiteral("bulkDialog"));
    setWindowTitle(tr("Bulk action"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_pages->addWidget(createSetupPage());
    m_pages->addWidget(createConfirmPage());
    m_pages->addWidget(createRunPage());
    auto* column = new QVBoxLayout(this);
    column->addWidget(m_pages);
    resize(760, 560);

    if (const qsizetype index = bulkActions().indexOf(action); index >= 0)
        m_action->setCurrentIndex(int(index));
    m_addRoles->showMessage(tr("Reading the realm's roles…"));
    m_removeRoles->showMessage(tr("Reading the realm's roles…"));
    AccessChoices::loadRoles(access, this, [this](const Result<QList<RoleRef>>& roles) {
        if (!roles.ok()) {
            // Without the roles no role change can be prepared; the other actions, and CSV files, still can.
            m_rolesError = roles.error().userMessage();
            m_addRoles->showMessage(m_rolesError);
            m_removeRoles->showMessage(m_rolesError);
        } else {
            m_choices.roles = roles.value();
            m_rolesLoaded = true;
            m_addRoles->setEntries(CheckableList::entries(m_choices.roles));
            m_removeRoles->setEntries(CheckableList::entries(m_choices.roles));
        }
        // A file loaded meanwhile is read again: its role changes can be resolved now, or say why they cannot.
        if (m_csvAwaitingRoles)
            applyCsv(*std::exchange(m_csvAwaitingRoles, std::nullopt));
        updateSetup();
    });
    updateSetup();
}

QWidget* BulkDialog::createSetupPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("setupPage"));
    m_source = new QLabel(page);
    m_source->setObjectName(QStringLiteral("sourceLabel"));
    m_loadCsv = new QPushButton(tr("&Load a CSV file…"), page);
    m_loadCsv->setObjectName(QStringLiteral("loadCsvButton"));
    m_loadCsv->setToolTip(tr("One line per user: username,action[,change[,reason]] where action is leaver, "
                             "role-change, unlock or mfa-reset, change is \"+role -role\" for role-change, and "
                             "reason (optional) replaces the run's reason for that line."));
    m_csvErrors = new QPlainTextEdit(page);
    m_csvErrors->setObjectName(QStringLiteral("csvErrors"));
    m_csvErrors->setAccessibleName(tr("Problems in the CSV file"));
    m_csvErrors->setReadOnly(true);
    m_csvErrors->setMaximumHeight(120);
    m_csvErrors->hide();
    m_action = new QComboBox(page);
    m_action->setObjectName(QStringLiteral("actionCombo"));
    for (UserAction action : bulkActions())
        m_action->addItem(displayName(action), int(action));

    m_roleChange = new QWidget(page);
    m_addRoles = new CheckableList(QStringLiteral("addRoles"), m_roleChange);
    m_removeRoles = new CheckableList(QStringLiteral("removeRoles"), m_roleChange);
    QHBoxLayout* roles =
        CheckableList::sideBySide(tr("Roles to add"), m_addRoles, tr("Roles to remove"), m_removeRoles);
    roles->setContentsMargins(0, 0, 0, 0);
    m_roleChange->setLayout(roles);

    m_leaveGroups = new QCheckBox(tr("Leavers also leave all their &groups"), page);
    m_leaveGroups->setObjectName(QStringLiteral("leaveGroupsCheck"));
    m_setupProblem = errorLabel(QStringLiteral("setupProblem"), page);
    m_continue = new QPushButton(tr("&Continue…"), page);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setDefault(true);
    auto* buttons = new QDialogButtonBox(page);
    buttons->addButton(m_continue, QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);

    auto* source = new QHBoxLayout;
    source->addWidget(m_source, 1);
    source->addWidget(m_loadCsv);
    auto* form = new QFormLayout;
    form->addRow(tr("Users:"), source);
    form->addRow(QString(), m_csvErrors);
    form->addRow(tr("&Action:"), m_action);
    auto* column = new QVBoxLayout(page);
    column->addLayout(form);
    column->addWidget(m_roleChange, 1);
    column->addWidget(m_leaveGroups);
    column->addStretch();
    column->addWidget(m_setupProblem);
    column->addWidget(buttons);

    connect(m_loadCsv, &QPushButton::clicked, this, &BulkDialog::chooseCsvFile);
    connect(m_action, &QComboBox::currentIndexChanged, this, &BulkDialog::updateSetup);
    connect(m_addRoles, &CheckableList::checkedChanged, this, &BulkDialog::updateSetup);
    connect(m_removeRoles, &CheckableList::checkedChanged, this, &BulkDialog::updateSetup);
    connect(m_continue, &QPushButton::clicked, this, &BulkDialog::showConfirmation);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget* BulkDialog::createConfirmPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("confirmPage"));
    m_confirmText = new QLabel(page);
    m_confirmText->setObjectName(QStringLiteral("confirmText"));
    m_confirmText->setWordWrap(true);
    m_confirmError = errorLabel(QStringLiteral("confirmError"), page);
    m_back = new QPushButton(tr("&Back"), page);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_run = new QPushButton(page);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setAccessibleName(tr("Run"));
    auto* buttons = new QDialogButtonBox(page);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Cancel);
    m_justification = new JustificationFields(page);
    auto* column = new QVBoxLayout(page);
    column->addWidget(m_confirmText);
    column->addWidget(m_justification);
    column->addWidget(m_confirmError);
    column->addStretch();
    column->addWidget(buttons);
    connect(m_justification, &JustificationFields::changed, this,
            [this] { m_run->setEnabled(m_back->isEnabled() && m_justification->isComplete()); });

    connect(m_back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_run, &QPushButton::clicked, this, [this] {
        m_run->setEnabled(false);
        m_back->setEnabled(false);
        m_justification->setEnabled(false);
        m_confirmError->hide();
        emit runRequested();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget* BulkDialog::createRunPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("runPage"));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progressText = new QLabel(page);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setModel(m_results);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(BulkResultsModel::DetailsColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_cancel = new QPushButton(tr("&Cancel the rest"), page);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Nothing new starts; the operations already sent finish and are recorded."));
    m_export = new QPushButton(tr("&Export to CSV…"), page);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setEnabled(false);
    m_exportStatus = new QLabel(page);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(page);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    auto* column = new QVBoxLayout(page);
    column->addWidget(m_progress);
    column->addWidget(m_progressText);
    column->addWidget(m_table, 1);
    column->addWidget(m_exportStatus);
    column->addWidget(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
        m_cancel->setEnabled(false);
        m_progressText->setText(tr("Cancelling: waiting for the operations already sent…"));
    });
    connect(m_export, &QPushButton::clicked, this, &BulkDialog::chooseExportFile);
    // Closing the window does not stop the run: it goes on and every operation is recorded.
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

UserAction BulkDialog::chosenAction() const
{
    return static_cast<UserAction>(m_action->currentData().toInt());
}

QList<BulkItem> BulkDialog::items() const
{
    if (m_csvItems)
        return *m_csvItems;
    const UserAction action = chosenAction();
    AccessChange change;
    if (action == UserAction::ChangeAccess) {
        change.addRoles = CheckableList::pick(m_choices.roles, m_addRoles->checkedIds());
        change.removeRoles = CheckableList::pick(m_choices.roles, m_removeRoles->checkedIds());
    }
    QList<BulkItem> result;
    result.reserve(m_selection.size());
    for (const KeycloakUser& user : m_selection)
        result.append(BulkItem{UserRef{user.id, user.username}, action, change, {}});
    return result;
}

bool BulkDialog::leaveGroups() const
{
    return m_leaveGroups->isChecked();
}

QString BulkDialog::setupProblem() const
{
    if (!m_csvItems && m_selection.isEmpty())
        return tr("Select users in the list, or load a CSV file.");
    if (m_csvAwaitingRoles)
        return tr("Waiting for the realm's roles to read the CSV file's role changes…");
    if (m_csvItems && m_csvItems->isEmpty())
        return tr("The CSV file names no user.");
    if (m_csvItems || chosenAction() != UserAction::ChangeAccess)
        return {};
    if (!m_rolesLoaded)
        return m_rolesError.isEmpty() ? tr("Waiting for the realm's roles…") : m_rolesError;
    const QStringList add = m_addRoles->checkedIds();
    const QStringList remove = m_removeRoles->checkedIds();
    if (add.isEmpty() && remove.isEmpty())
        return tr("Check the roles to add or to remove.");
    for (const QString& id : add)
        if (remove.contains(id))
            return tr("A role cannot be both added and removed.");
    return {};
}

void BulkDialog::updateSetup()
{
    const bool fromCsv = m_csvItems.has_value();
    m_source->setText(fromCsv ? tr("%n line(s) from the CSV file", nullptr, int(m_csvItems->size()))
                              : tr("%n selected user(s)", nullptr, int(m_selection.size())));
    // A CSV names the action on every line.
    m_action->setEnabled(!fromCsv);
    m_roleChange->setVisible(!fromCsv && chosenAction() == UserAction::ChangeAccess);
    bool leavers = !fromCsv && chosenAction() == UserAction::Offboard;
    if (fromCsv)
        for (const BulkItem& item : std::as_const(*m_csvItems))
            leavers = leavers || item.action == UserAction::Offboard;
    m_leaveGroups->setVisible(leavers);
    const QString problem = setupProblem();
    m_setupProblem->setText(problem);
    m_setupProblem->setVisible(!problem.isEmpty());
    m_continue->setEnabled(problem.isEmpty());
}

void BulkDialog::chooseCsvFile()
{
    auto* picker = new QFileDialog(this, tr("Load a bulk CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
    picker->setObjectName(QStringLiteral("csvFileDialog"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFile);
    connect(picker, &QFileDialog::fileSelected, this, &BulkDialog::loadCsvFile);
    picker->open();
}

bool BulkDialog::loadCsvFile(const QString& path)
{
    QFile file(path);
    if (file.size() > maxCsvBytes) {
        showCsvErrors(tr("%1 is too large for a bulk file (more than %2 MiB).")
                          .arg(QFileInfo(path).fileName())
                          .arg(maxCsvBytes / (1024 * 1024)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showCsvErrors(tr("Could not read %1: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    return applyCsv(file.readAll());
}

void BulkDialog::showCsvErrors(const QString& text)
{
    m_csvErrors->setPlainText(text);
    m_csvErrors->show();
}

bool BulkDialog::applyCsv(const QByteArray& csv)
{
    const Result<QList<BulkItem>> parsed = parseBulkCsv(csv, m_choices.roles);
    if (!parsed.ok()) {
        if (!m_rolesLoaded && m_rolesError.isEmpty())
            m_csvAwaitingRoles = csv;
        // Nothing of a file with a bad line is used; the previous source stays. Role names are resolved against
        // the realm's roles, so say when those are not (yet) known.
        QString text = parsed.error().userMessage();
        if (!m_rolesLoaded)
            text += u'\n' + (m_rolesError.isEmpty() ? tr("The realm's roles are still being read: the file is read "
                                                         "again once they are.")
                                                    : tr("Role changes cannot be resolved: %1").arg(m_rolesError));
        showCsvErrors(text);
        return false;
    }
    m_csvErrors->hide();
    m_csvAwaitingRoles.reset();
    m_csvItems = parsed.value();
    updateSetup();
    return true;
}

void BulkDialog::showConfirmation()
{
    const QList<BulkItem> all = items();
    QMap<QString, int> perAction;
    bool mfa = false;
    for (const BulkItem& item : all) {
        perAction[displayName(item.action)] += 1;
        mfa = mfa || item.action == UserAction::ResetMfa;
    }
    QStringList lines;
    for (auto it = perAction.cbegin(); it != perAction.cend(); ++it)
        lines.append(tr("%1: %n user(s)", nullptr, it.value()).arg(it.key().toHtmlEscaped()));
    QString text = tr("<p><b>Run on %n user(s)?</b></p>", nullptr, int(all.size())) + QStringLiteral("<p>") +
                   lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    if (m_leaveGroups->isVisible() && m_leaveGroups->isChecked())
        text += tr("<p>Leavers also leave all their groups.</p>");
    if (mfa)
        text += tr("<p>Resetting MFA asks you to sign in again first.</p>");
    text += tr("<p>Each user is one operation and one record in the audit ledger. Operations already sent are not "
               "undone by Cancel.</p>");
    if (std::any_of(all.cbegin(), all.cend(), [](const BulkItem& item) { return !item.reason.isEmpty(); }))
        text += tr("<p>Lines of the CSV file with their own reason are recorded with it; the others with the "
                   "reason below.</p>");
    m_confirmText->setText(text);
    m_run->setText(tr("&Run on %n user(s)", nullptr, int(all.size())));
    m_back->setEnabled(true);
    m_justification->setEnabled(true);
    m_run->setEnabled(m_justification->isComplete());
    m_confirmError->hide();
    m_pages->setCurrentIndex(1);
}

void BulkDialog::showError(const Error& error)
{
    m_pages->setCurrentIndex(1);
    m_confirmError->setText(error.userMessage());
    m_confirmError->show();
    m_back->setEnabled(true);
    m_justification->setEnabled(true);
    m_run->setEnabled(m_justification->isComplete());
}

void BulkDialog::setJustificationPolicy(const JustificationPolicy& policy)
{
    m_justification->setPolicy(policy);
}

Justification BulkDialog::justification() const
{
    return m_justification->justification();
}

void BulkDialog::track(BulkRun* run)
{
    m_runner = run;
    m_results->track(run);
    m_progress->setRange(0, int(run->items().size()));
    m_progress->setValue(0);
    m_progressText->setText(tr("Starting…"));
    m_pages->setCurrentIndex(2);
    connect(run, &BulkRun::progress, this, [this](int finished, int total) {
        m_progress->setValue(finished);
        m_progressText->setText(tr("%1 of %2 done").arg(finished).arg(total));
    });
    connect(run, &BulkRun::finished, this, &BulkDialog::runFinished);
}

void BulkDialog::runFinished()
{
    m_cancel->setEnabled(false);
    m_export->setEnabled(true);
    const int failed = m_results->count(false);
    m_progressText->setText(failed == 0
                                ? tr("All %n user(s) done.", nullptr, m_results->count(true))
                                : tr("%1 done, %2 not done: see the table.").arg(m_results->count(true)).arg(failed));
}

void BulkDialog::chooseExportFile()
{
    auto* picker = new QFileDialog(this, tr("Export the results"), QStringLiteral("custos-bulk-results.csv"),
                                   tr("CSV files (*.csv)"));
    picker->setObjectName(QStringLiteral("exportFileDialog"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setDefaultSuffix(QStringLiteral("csv"));
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const Status written = exportResults(path);
        m_exportStatus->setText(written.ok() ? tr("Saved to %1.").arg(path) : written.error().userMessage());
    });
    picker->open();
}

Status BulkDialog::exportResults(const QString& path) const
{
    QSaveFile file(path);
    const auto failure = [&] {
        return Error::io(tr("Could not save the results to %1").arg(path), file.errorString(),
                         tr("Choose another place"));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failure();
    file.write(bulkResultsCsv(m_results->items(), m_results->outcomes()));
    if (!file.commit())
        return failure();
    return success();
}

} // namespace custos
