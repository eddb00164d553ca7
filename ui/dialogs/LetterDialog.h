// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/CaseDocuments.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace koordinera::ui {

// A party the letter may go to, as the case knows it.
struct LetterRecipient
{
    QString name;          // "Anna Ek, Ekbackens Bygg AB"
    QString address;       // the organisation's postal address, may be empty
    QString consentNotice; // empty when a valid consent covers sending the plan there
};

// Writes the cover letter that goes with the plan: to whom, the text from the unit's template (filled in and
// editable for this letter), and whether the plan goes with it.
class LetterDialog : public QDialog
{
    Q_OBJECT

public:
    using Filler = std::function<QString(const QString& recipient)>;

    LetterDialog(const QList<LetterRecipient>& recipients, Filler fill, int planVersion, QWidget* parent = nullptr);

    void setRecipient(const QString& name);
    core::CaseDocuments::Letter letter() const;
    bool attachPlan() const;
    QString consentNotice() const;
    void accept() override;

private:
    void recipientChanged();

    QList<LetterRecipient> m_recipients;
    Filler m_fill;
    int m_planVersion = 0;
    QString m_filledText; // the body is the template's until the user edits it
    QComboBox* m_recipient = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QCheckBox* m_attach = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace koordinera::ui
