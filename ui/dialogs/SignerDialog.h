// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dialogs/RecordDialog.h"

#include <functional>

class QLineEdit;

namespace koordinera::core {
class Settings;
}

namespace koordinera::ui {

// Who signs: the coordinator's name, title and unit, asked on first use and before anything is signed while they
// are missing. Notes, consents, adopted plans, signature lines and footers carry them; nothing is signed with a
// placeholder such as the computer's user name.
class SignerDialog : public RecordDialog
{
    Q_OBJECT

public:
    explicit SignerDialog(core::Settings& settings, QWidget* parent = nullptr);

    // Asks unless the settings already say who signs; true when they do afterwards.
    static bool ensureSigner(core::Settings& settings, QWidget* parent);

    void fill(const QString& name, const QString& title, const QString& unit);

protected:
    core::FieldErrors validate() const override;

private:
    core::Settings& m_settings;
    QLineEdit* m_name;
    QLineEdit* m_title;
    QLineEdit* m_unit;
};

} // namespace koordinera::ui
