// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/LetterDialog.h"

#include "ui/TextColors.h"
#include "ui/widgets/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace koordinera::ui {

LetterDialog::LetterDialog(const QList<LetterRecipient>& recipients, Filler fill, int planVersion, QWidget* parent)
    : QDialog(parent), m_recipients(recipients), m_fill(std::move(fill)), m_planVersion(planVersion)
{
    setObjectName(QStringLiteral("letterDialog"));
    setWindowTitle(tr("Cover letter with the plan"));
    m_recipient = new QComboBox(this);
    m_recipient->setObjectName(QStringLiteral("letterRecipient"));
    m_recipient->setEditable(true);
    m_recipient->setInsertPolicy(QComboBox::NoInsert);
    for (const LetterRecipient& recipient : recipients)
        m_recipient->addItem(recipient.name);
    m_recipient->lineEdit()->setPlaceholderText(tr("Name and organisation"));
    m_address = makeTextEdit(QString(), 3, this);
    m_address->setObjectName(QStringLiteral("letterAddress"));
    m_body = makeTextEdit(QString(), 12, this, true);
    m_body->setObjectName(QStringLiteral("letterBody"));
    m_attach = new QCheckBox(planVersion > 0 ? tr("Enclose the joint action plan (version %1)").arg(planVersion)
                                             : tr("No plan to enclose yet"),
                             this);
    m_attach->setObjectName(QStringLiteral("letterAttachPlan"));
    m_attach->setChecked(planVersion > 0);
    m_attach->setEnabled(planVersion > 0);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("letterConsentNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(toneStyle(TextTone::Warning, palette()));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(toneStyle(TextTone::Error, palette()));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&To:"), m_recipient);
    form->addRow(QString(), m_notice);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Letter:"), m_body);
    form->addRow(QString(), m_attach);
    auto* hint = new QLabel(tr("The text comes from the unit's letter template (Settings › Documents); changes here "
                               "apply to this letter only."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    form->addRow(QString(), hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* preview = buttons->addButton(tr("&Preview…"), QDialogButtonBox::AcceptRole);
    preview->setObjectName(QStringLiteral("letterPreview"));
    preview->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LetterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recipient, &QComboBox::currentTextChanged, this, &LetterDialog::recipientChanged);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(680, 620);
    recipientChanged();
}

void LetterDialog::setRecipient(const QString& name)
{
    m_recipient->setCurrentText(name);
    recipientChanged();
}

void LetterDialog::recipientChanged()
{
    const QString name = m_recipient->currentText().trimmed();
    const auto known = std::find_if(m_recipients.begin(), m_recipients.end(),
                                    [&name](const LetterRecipient& recipient) { return recipient.name == name; });
    if (known != m_recipients.end()) {
        m_address->setPlainText(known->address);
        m_notice->setText(known->consentNotice);
    } else {
        m_notice->clear();
    }
    m_notice->setVisible(!m_notice->text().isEmpty());
    // Follow the recipient only while the text is still the template's own.
    if (m_body->toPlainText() == m_filledText) {
        m_filledText = m_fill(name);
        m_body->setPlainText(m_filledText);
    }
}

core::CaseDocuments::Letter LetterDialog::letter() const
{
    return {m_recipient->currentText().trimmed(), m_address->toPlainText().trimmed(), m_body->toPlainText(),
            attachPlan() ? m_planVersion : 0};
}

bool LetterDialog::attachPlan() const
{
    return m_attach->isChecked() && m_planVersion > 0;
}

QString LetterDialog::consentNotice() const
{
    return m_notice->text();
}

void LetterDialog::accept()
{
    QString problem;
    if (m_recipient->currentText().trimmed().isEmpty())
        problem = tr("Name who the letter is for.");
    else if (m_body->toPlainText().trimmed().isEmpty())
        problem = tr("The letter has no text.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace koordinera::ui
