// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/SignerDialog.h"

#include "core/settings/Settings.h"
#include "ui/Prompts.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace koordinera::ui {

SignerDialog::SignerDialog(core::Settings& settings, QWidget* parent)
    : RecordDialog(tr("Who is signing?"), parent), m_settings(settings),
      m_name(new QLineEdit(settings.letterhead().coordinatorName, this)),
      m_title(new QLineEdit(settings.coordinatorTitle(), this)), m_unit(new QLineEdit(settings.unitName(), this))
{
    setObjectName(QStringLiteral("signerDialog"));
    m_name->setObjectName(QStringLiteral("signerNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Anna Lindberg"));
    m_title->setObjectName(QStringLiteral("signerTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Physiotherapist, rehabilitation coordinator"));
    if (m_title->text().isEmpty())
        m_title->setText(tr("Rehabilitation coordinator"));
    m_unit->setObjectName(QStringLiteral("signerUnitEdit"));
    m_unit->setPlaceholderText(tr("e.g. Vårdcentralen Ekbacken"));
    auto* explanation = new QLabel(tr("Notes, consents and plans you record carry your name, and printed plans, "
                                      "letters and summaries are signed with your name, title and unit. You can "
                                      "change them later under Edit › Settings."),
                                   this);
    explanation->setObjectName(QStringLiteral("signerExplanation"));
    explanation->setWordWrap(true);
    form()->addRow(explanation);
    formErrors().addRow(form(), tr("Your &name"), m_name, QStringLiteral("name"));
    formErrors().addRow(form(), tr("Your &title"), m_title, QStringLiteral("title"));
    formErrors().addRow(form(), tr("&Unit"), m_unit, QStringLiteral("unit"));
    for (QLineEdit* field : {m_name, m_title, m_unit})
        connect(field, &QLineEdit::textChanged, this, &SignerDialog::revalidate);
    setSaveAction([this] {
        m_settings.setCoordinatorName(m_name->text());
        m_settings.setCoordinatorTitle(m_title->text());
        m_settings.setUnitName(m_unit->text());
        m_settings.sync();
    });
    setMinimumWidth(std::max(minimumWidth(), fontMetrics().averageCharWidth() * 64));
}

void SignerDialog::fill(const QString& name, const QString& title, const QString& unit)
{
    m_name->setText(name);
    m_title->setText(title);
    m_unit->setText(unit);
}

core::FieldErrors SignerDialog::validate() const
{
    core::FieldErrors errors;
    if (m_name->text().trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter your name as you sign documents.")});
    if (m_title->text().trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Enter your title, e.g. rehabilitation coordinator.")});
    if (m_unit->text().trimmed().isEmpty())
        errors.append({QStringLiteral("unit"), tr("Enter your unit, e.g. the vårdcentral's name.")});
    return errors;
}

bool SignerDialog::ensureSigner(core::Settings& settings, QWidget* parent)
{
    if (settings.signerGiven())
        return true;
    SignerDialog dialog(settings, parent);
    Prompts::exec(dialog);
    return settings.signerGiven();
}

} // namespace koordinera::ui
