// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Region.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace koordinera::core {
class Settings;
}

namespace koordinera::ui {

// Tools › Regional report (issue 22): the units' reports (.kstat) put together for the county, shown in the print
// preview or exported to Excel or CSV, small numbers hidden after summing. Needs no open database.
class RegionDialog : public QDialog
{
    Q_OBJECT

public:
    RegionDialog(core::Settings& settings, QWidget* parent = nullptr);

    void addReport(const QString& path);
    void setPassphrase(const QString& passphrase);
    void setDemo(bool demo);
    // The reports merged; nullopt with the reason shown in the dialog.
    std::optional<core::RegionReport> merged();
    bool preview();
    bool exportTo(const QString& path);
    QString lastError() const { return m_lastError; }

private:
    void fail(const QString& message);
    void updateButtons();

    core::Settings& m_settings;
    QListWidget* m_files;
    QLineEdit* m_passphrase;
    QCheckBox* m_demo;
    QPushButton* m_remove;
    QPushButton* m_preview;
    QPushButton* m_export;
    QLabel* m_error;
    QString m_lastError;
};

} // namespace koordinera::ui
