// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/SettingsDialog.h"

#include "core/settings/Settings.h"
#include "ui/Prompts.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/FormFields.h"
#include "ui/widgets/TemplateEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

namespace koordinera::ui {

SettingsDialog::SettingsDialog(core::Settings& settings, QWidget* parent)
    : RecordDialog(tr("Settings"), parent), m_settings(settings),
      m_name(new QLineEdit(settings.letterhead().coordinatorName, this)), m_gap(new QSpinBox(this)),
      m_checkpoints(new QLineEdit(core::Settings::formatCheckpointDays(settings.rehabRules().checkpointDays), this)),
      m_autoLock(new QSpinBox(this)), m_nameInTitle(new QCheckBox(tr("Show the &patient's name"), this)),
      m_backupFolder(new QLineEdit(settings.backupFolder(), this)), m_generations(new QSpinBox(this)),
      m_language(new QComboBox(this)), m_unit(new QLineEdit(settings.unitName(), this)),
      m_retention(new QSpinBox(this)), m_logo(new QLineEdit(settings.logoPath(), this)),
      m_smallNumbers(new QSpinBox(this)), m_kvaCodes(new QPushButton(tr("&KVÅ codes…"), this))
{
    QWidget* worklist = makeWorklistWindows(settings.worklistSettings());
    m_title = new QLineEdit(settings.coordinatorTitle(), this);
    m_title->setObjectName(QStringLiteral("coordinatorTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Physiotherapist, rehabilitation coordinator"));
    m_partySignatures = new QCheckBox(tr("Signature lines for the &parties at the meeting"), this);
    m_partySignatures->setObjectName(QStringLiteral("partySignaturesCheck"));
    m_partySignatures->setChecked(settings.partySignatureLines());
    m_unit->setObjectName(QStringLiteral("unitNameEdit"));
    m_unit->setPlaceholderText(tr("e.g. Vårdcentralen Ekbacken"));
    m_retention->setObjectName(QStringLiteral("retentionSpin"));
    m_retention->setRange(core::Settings::MinRetentionYears, 100);
    m_retention->setSuffix(tr(" years"));
    m_retention->setValue(settings.retentionYears());
    m_backupFolder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_backupFolder->setPlaceholderText(tr("No automatic backups"));
    m_generations->setObjectName(QStringLiteral("generationsSpin"));
    m_generations->setRange(1, 365);
    m_generations->setValue(settings.backupGenerations());
    auto* chooseFolder = new QPushButton(tr("C&hoose…"), this);
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = Prompts::chooseFile(
            this, Prompts::FileRequest::folderToChoose(tr("Backup folder"), m_backupFolder->text()));
        if (!folder.isEmpty())
            m_backupFolder->setText(folder);
    });
    auto* folderRow = new QWidget(this);
    auto* folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_backupFolder, 1);
    folderLayout->addWidget(chooseFolder);
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setRange(0, 240);
    m_autoLock->setSuffix(tr(" minutes"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setValue(settings.autoLockMinutes());
    setObjectName(QStringLiteral("settingsDialog"));
    m_name->setObjectName(QStringLiteral("coordinatorNameEdit"));
    m_gap->setObjectName(QStringLiteral("gapSpin"));
    m_gap->setRange(0, 90);
    m_gap->setValue(settings.rehabRules().gapDays);
    showAsDays(m_gap);
    m_checkpoints->setObjectName(QStringLiteral("checkpointsEdit"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    auto hint = [this](const QString& text) {
        auto* label = new QLabel(text, this);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        return label;
    };
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    // Every tab in view, at any scaling: the dialog grows rather than hiding tabs behind scroll arrows.
    tabs->setUsesScrollButtons(false);
    auto addPage = [this, tabs](const QString& title) {
        auto* page = new QWidget(tabs);
        tabs->addTab(page, title);
        return new QFormLayout(page);
    };
    QFormLayout* general = addPage(tr("&You and your unit"));
    QFormLayout* rules = addPage(tr("&Rules and Today"));
    QFormLayout* safety = addPage(tr("&Security and backups"));
    QFormLayout* documents = addPage(tr("&Documents"));
    QFormLayout* statistics = addPage(tr("S&tatistics"));
    formErrors().addRow(general, tr("Your &name"), m_name, QStringLiteral("coordinatorName"));
    general->addRow(QString(), hint(tr("Shown on notes and consents you record.")));
    formErrors().addRow(general, tr("Your t&itle"), m_title, QStringLiteral("coordinatorTitle"));
    general->addRow(QString(), hint(tr("Under your signature on plans and letters.")));
    formErrors().addRow(general, tr("&Unit"), m_unit, QStringLiteral("unitName"));
    general->addRow(QString(), hint(tr("Your vårdcentral: in the access log and at the top of printed documents.")));
    rules->addRow(tr("&Gap in one sick-leave case"), m_gap);
    rules->addRow(QString(), hint(tr("Periods with at most this many days between them count as one sjukfall "
                                     "(Rehabstöd's default is 5).")));
    formErrors().addRow(rules, tr("&Checkpoints (days)"), m_checkpoints, QStringLiteral("checkpointDays"));
    rules->addRow(QString(), hint(tr("Days of the rehabilitation chain to show and watch, e.g. 30, 90, 180, 365.")));
    rules->addRow(tr("Today shows"), worklist);
    safety->addRow(tr("Lock after &inactivity"), m_autoLock);
    safety->addRow(QString(), hint(tr("Koordinera locks itself when no one has used it for this long. Ctrl+L locks "
                                      "at once.")));
    m_nameInTitle->setObjectName(QStringLiteral("patientNameInTitleCheck"));
    m_nameInTitle->setChecked(m_settings.patientNameInTitle());
    safety->addRow(tr("Window title"), m_nameInTitle);
    safety->addRow(QString(), hint(tr("The title is seen in the task bar, the window switcher and screen shares. "
                                      "When off, the case's reference stands there.")));
    formErrors().addRow(safety, tr("&Backup folder"), folderRow, QStringLiteral("backupFolder"));
    safety->addRow(tr("Backups &kept"), m_generations);
    safety->addRow(QString(), hint(tr("The day's first save also writes a sealed backup there, e.g. on a network "
                                      "drive; the oldest beyond this number are removed.")));
    safety->addRow(tr("Keep closed cases at &least"), m_retention);
    safety->addRow(QString(), hint(tr("After this long without entries a closed case may be purged (Tools › Purge old "
                                      "cases), only by a documented decision. The law asks for at least 10 years.")));
    general->addRow(tr("&Language"), m_language);
    general->addRow(QString(), hint(tr("A new language is used from the next start.")));
    chainTabOrder({m_name, m_title, m_unit, m_language});
    addDocumentSettings(documents, hint);
    m_smallNumbers->setObjectName(QStringLiteral("smallNumberSpin"));
    m_smallNumbers->setRange(0, 20);
    m_smallNumbers->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_smallNumbers->setSpecialValueText(tr("Show every count"));
    m_smallNumbers->setValue(settings.smallNumberThreshold());
    statistics->addRow(tr("&Hide counts up to"), m_smallNumbers);
    statistics->addRow(QString(), hint(tr("In printed and exported statistics, counts from 1 up to this number are "
                                          "shown as \"<N\" so that no one can be recognised. The screen shows every "
                                          "count.")));
    m_kvaCodes->setObjectName(QStringLiteral("kvaCodesButton"));
    m_kvaCodes->setEnabled(false);
    connect(m_kvaCodes, &QPushButton::clicked, this, [this] {
        if (m_kvaCodesEditor)
            m_kvaCodesEditor();
    });
    auto* kvaRow = new QHBoxLayout;
    kvaRow->addWidget(m_kvaCodes);
    kvaRow->addStretch();
    statistics->addRow(tr("Activity codes"), kvaRow);
    statistics->addRow(QString(), hint(tr("The KVÅ codes offered when an activity is recorded and counted in the "
                                          "statistics. They are kept in the database, for the whole unit.")));
    setBody(tabs);
    connect(m_name, &QLineEdit::textEdited, this, &SettingsDialog::revalidate);
    connect(m_title, &QLineEdit::textEdited, this, &SettingsDialog::revalidate);
    connect(m_unit, &QLineEdit::textEdited, this, &SettingsDialog::revalidate);
    connect(m_checkpoints, &QLineEdit::textEdited, this, &SettingsDialog::revalidate);
    connect(m_backupFolder, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_logo, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    // A set minimum width replaces the layout's own, so it must not be smaller than what the tabs need.
    setMinimumWidth(std::max(560, minimumSizeHint().width()));
}

void SettingsDialog::addDocumentSettings(QFormLayout* documents, const std::function<QLabel*(const QString&)>& hint)
{
    m_logo->setObjectName(QStringLiteral("logoPathEdit"));
    m_logo->setPlaceholderText(tr("No logo"));
    auto* chooseLogo = new QPushButton(tr("Choose &image…"), this);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        Prompts::FileRequest request =
            Prompts::FileRequest::toOpen(tr("The unit's logo"), tr("Images (*.png *.jpg *.jpeg *.bmp)"));
        request.suggestedName = m_logo->text();
        const QString path = Prompts::chooseFile(this, request);
        if (!path.isEmpty())
            m_logo->setText(path);
    });
    auto* logoRow = new QWidget(this);
    auto* logoLayout = new QHBoxLayout(logoRow);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    logoLayout->addWidget(m_logo, 1);
    logoLayout->addWidget(chooseLogo);
    formErrors().addRow(documents, tr("Lo&go"), logoRow, QStringLiteral("logoPath"));
    documents->addRow(QString(), hint(tr("At the top of every printed page, beside the unit's name.")));

    m_templates = new TemplateEditor(
        m_settings.documentTemplates(), [this] { return m_unit->text().trimmed(); }, this);
    documents->addRow(tr("T&exts"), m_templates);
    documents->addRow(QString(), m_partySignatures);
    documents->addRow(QString(), hint(tr("Besides the patient and you, everyone at the meeting that adopts the plan "
                                         "(the employer, Försäkringskassan, others) signs the printed plan.")));
    setTabOrder(m_templates, m_partySignatures);
}

void SettingsDialog::setKvaCodesEditor(std::function<void()> editor)
{
    m_kvaCodesEditor = std::move(editor);
    m_kvaCodes->setEnabled(bool(m_kvaCodesEditor));
}

core::FieldErrors SettingsDialog::validate() const
{
    core::FieldErrors errors;
    if (m_name->text().trimmed().isEmpty())
        errors.append({QStringLiteral("coordinatorName"), tr("Enter your name.")});
    if (m_title->text().trimmed().isEmpty())
        errors.append({QStringLiteral("coordinatorTitle"), tr("Enter your title, e.g. rehabilitation coordinator.")});
    if (m_unit->text().trimmed().isEmpty())
        errors.append({QStringLiteral("unitName"), tr("Enter your unit, e.g. the vårdcentral's name.")});
    if (const QString folder = m_backupFolder->text().trimmed(); !folder.isEmpty() && !QFileInfo(folder).isDir())
        errors.append({QStringLiteral("backupFolder"), tr("The folder does not exist.")});
    if (const QString logo = m_logo->text().trimmed(); !logo.isEmpty() && QImageReader(logo).size().isEmpty())
        errors.append({QStringLiteral("logoPath"), tr("The image cannot be read (PNG or JPEG).")});
    QString reason;
    if (!core::Settings::parseCheckpointDays(m_checkpoints->text(), &reason))
        errors.append({QStringLiteral("checkpointDays"), reason});
    return errors;
}

void SettingsDialog::apply()
{
    core::RehabRules rules;
    rules.gapDays = m_gap->value();
    rules.checkpointDays = core::Settings::parseCheckpointDays(m_checkpoints->text()).value_or(rules.checkpointDays);
    m_settings.setRehabRules(rules);
    m_settings.setCoordinatorName(m_name->text());
    m_settings.setAutoLockMinutes(m_autoLock->value());
    m_settings.setPatientNameInTitle(m_nameInTitle->isChecked());
    m_settings.setBackupFolder(m_backupFolder->text());
    m_settings.setBackupGenerations(m_generations->value());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setUnitName(m_unit->text());
    m_settings.setCoordinatorTitle(m_title->text());
    m_settings.setPartySignatureLines(m_partySignatures->isChecked());
    m_settings.setRetentionYears(m_retention->value());
    m_settings.setLogoPath(m_logo->text());
    m_settings.setDocumentTemplates(m_templates->templates());
    m_settings.setSmallNumberThreshold(m_smallNumbers->value());
    core::WorklistSettings windows;
    for (qsizetype index = 0; index < m_worklistWindows.size(); ++index)
        windows.*core::WorklistSettings::Windows[index].days = m_worklistWindows.at(index)->value();
    m_settings.setWorklistSettings(windows);
    m_settings.sync();
}

// What Idag shows and after how long, two windows to a row so that the page fits a small screen.
QWidget* SettingsDialog::makeWorklistWindows(const core::WorklistSettings& windows)
{
    const QHash<QByteArray, std::pair<const char*, QString>> labels{
        {"checkpointDays", {"checkpointWindowSpin", tr("Checkpoints within")}},
        {"consentDays", {"consentWindowSpin", tr("Consents expiring within")}},
        {"idleDays", {"idleWindowSpin", tr("Cases with no entry for")}},
        {"sickLeaveEndDays", {"sickLeaveEndWindowSpin", tr("Sick leave ending within")}},
        {"unrecordedMeetingDays", {"unrecordedMeetingWindowSpin", tr("Meetings not recorded after")}},
        {"missingImpulseDays", {"missingImpulseWindowSpin", tr("A needed impuls not made after")}},
        {"impulseAnswerDays", {"impulseAnswerWindowSpin", tr("An impuls unanswered for")}},
        {"draftPlanDays", {"draftPlanWindowSpin", tr("A draft plan not adopted after")}},
        {"undistributedPlanDays", {"undistributedPlanWindowSpin", tr("An adopted plan not sent after")}},
    };
    auto* worklist = new QWidget(this);
    auto* grid = new QGridLayout(worklist);
    grid->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (const auto& window : core::WorklistSettings::Windows) {
        const auto& [name, text] = labels.value(window.key);
        auto* spin = new QSpinBox(worklist);
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(1, 365);
        spin->setValue(windows.*window.days);
        showAsDays(spin);
        auto* label = new QLabel(text, worklist);
        label->setBuddy(spin);
        const int row = index / 2;
        const int column = (index % 2) * 3;
        grid->addWidget(label, row, column);
        grid->addWidget(spin, row, column + 1);
        m_worklistWindows.append(spin);
        ++index;
    }
    grid->setColumnMinimumWidth(2, 16);
    grid->setColumnStretch(5, 1);
    return worklist;
}

} // namespace koordinera::ui
