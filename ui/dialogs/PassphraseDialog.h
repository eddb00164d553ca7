// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace koordinera::ui {

// Asks for a database passphrase: once to unlock, twice (with a strength hint) to create or change one.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Unlock,
        Create,
        Change,
    };

    PassphraseDialog(Mode mode, const QString& fileName, const QString& error = {}, QWidget* parent = nullptr);
    ~PassphraseDialog() override; // the typed passphrase is wiped from the fields

    // UTF-8 bytes of the passphrase; the caller wipes them after use.
    QByteArray passphrase() const;
    // The same, and the fields' own copies are overwritten and emptied.
    QByteArray takePassphrase();
    void accept() override;

private:
    void update();

    Mode m_mode;
    QLineEdit* m_first;
    QLineEdit* m_second = nullptr;
    QLabel* m_hint;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace koordinera::ui
