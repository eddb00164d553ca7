// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/SettingsDialog.h"

#include "settings/Settings.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace koordinera::ui {

SettingsDialog::SettingsDialog(core::Settings& settings, QWidget* parent)
    : RecordDialog(tr("Settings"), parent), m_settings(settings),
      m_name(new QLineEdit(settings.coordinatorName(), this)), m_gap(new QSpinBox(this)),
      m_checkpoints(new QLineEdit(core::Settings::formatCheckpointDays(settings.rehabRules().checkpointDays), this)),
      m_autoLock(new QSpinBox(this)), m_backupFolder(new QLineEdit(settings.backupFolder(), this)),
      m_generations(new QSpinBox(this)), m_language(new QComboBox(this)),
      m_unit(new QLineEdit(settings.unitName(), this)), m_retention(new QSpinBox(this))
{
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
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_backupFolder->text());
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
    m_gap->setSuffix(tr(" days"));
    m_checkpoints->setObjectName(QStringLiteral("checkpointsEdit"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(settings.language() == QLatin1String("en") ? 1 : 0);

    auto hint = [this](const QString& text) {
        auto* label = new QLabel(text, this);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        return label;
    };
    formErrors().addRow(form(), tr("Your &name"), m_name, QStringLiteral("coordinatorName"));
    form()->addRow(QString(), hint(tr("Shown on notes and consents you record.")));
    form()->addRow(tr("&Unit"), m_unit);
    form()->addRow(QString(), hint(tr("Your vårdcentral: in the access log and at the top of printed documents.")));
    form()->addRow(tr("&Gap in one sick-leave case"), m_gap);
    form()->addRow(QString(), hint(tr("Periods with at most this many days between them count as one sjukfall "
                                      "(Rehabstöd's default is 5).")));
    formErrors().addRow(form(), tr("&Checkpoints (days)"), m_checkpoints, QStringLiteral("checkpointDays"));
    form()->addRow(QString(), hint(tr("Days of the rehabilitation chain to show and watch, e.g. 30, 90, 180, 365.")));
    form()->addRow(tr("Lock after &inactivity"), m_autoLock);
    form()->addRow(QString(), hint(tr("Koordinera locks itself when no one has used it for this long. Ctrl+L locks "
                                      "at once.")));
    formErrors().addRow(form(), tr("&Backup folder"), folderRow, QStringLiteral("backupFolder"));
    form()->addRow(tr("Backups &kept"), m_generations);
    form()->addRow(QString(), hint(tr("The day's first save also writes a sealed backup there, e.g. on a network "
                                      "drive; the oldest beyond this number are removed.")));
    form()->addRow(tr("Keep closed cases at &least"), m_retention);
    form()->addRow(QString(), hint(tr("After this long without entries a closed case may be purged (Tools › Purge old "
                                      "cases), only by a documented decision. The law asks for at least 10 years.")));
    form()->addRow(tr("&Language"), m_language);
    form()->addRow(QString(), hint(tr("A new language is used from the next start.")));
    connect(m_name, &QLineEdit::textEdited, this, &SettingsDialog::revalidate);
    connect(m_checkpoints, &QLineEdit::textEdited, this, &SettingsDialog::revalidate);
    connect(m_backupFolder, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    setMinimumWidth(560);
}

core::FieldErrors SettingsDialog::validate() const
{
    core::FieldErrors errors;
    if (m_name->text().trimmed().isEmpty())
        errors.append({QStringLiteral("coordinatorName"), tr("Enter your name.")});
    if (const QString folder = m_backupFolder->text().trimmed(); !folder.isEmpty() && !QFileInfo(folder).isDir())
        errors.append({QStringLiteral("backupFolder"), tr("The folder does not exist.")});
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
    m_settings.setBackupFolder(m_backupFolder->text());
    m_settings.setBackupGenerations(m_generations->value());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setUnitName(m_unit->text());
    m_settings.setRetentionYears(m_retention->value());
    m_settings.sync();
}

} // namespace koordinera::ui
