// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/PassphraseDialog.h"

#include "core/domain/PassphrasePolicy.h"
#include "core/storage/SecretKey.h"
#include "ui/TextColors.h"
#include "ui/widgets/FormErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace koordinera::ui {

using core::PassphrasePolicy::Strength;

PassphraseDialog::PassphraseDialog(Mode mode, const QString& fileName, const QString& error, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_first(new QLineEdit(this)), m_hint(new QLabel(this)),
      m_error(FormErrors::makeErrorLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(mode == Mode::Unlock   ? tr("Unlock database")
                   : mode == Mode::Create ? tr("New database")
                                          : tr("Change passphrase"));
    m_first->setObjectName(QStringLiteral("passphraseEdit"));
    m_first->setEchoMode(QLineEdit::Password);
    m_hint->setObjectName(QStringLiteral("strengthHint"));
    m_hint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("passphraseError"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Unlock ? tr("&Unlock") : tr("&Save"));

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(mode == Mode::Unlock
                       ? tr("Enter the passphrase for %1.").arg(fileName)
                       : tr("Choose a passphrase for %1. The data cannot be read without it, and it cannot be "
                            "recovered if it is forgotten: keep it where your unit keeps such things.")
                             .arg(fileName));
    auto* form = new QFormLayout;
    form->addRow(mode == Mode::Change ? tr("&New passphrase") : tr("&Passphrase"), m_first);
    if (mode != Mode::Unlock) {
        m_second = new QLineEdit(this);
        m_second->setObjectName(QStringLiteral("repeatEdit"));
        m_second->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat it"), m_second);
        form->addRow(QString(), m_hint);
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    } else {
        m_hint->hide();
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
    }
    setMinimumWidth(480);
    update();
}

void PassphraseDialog::update()
{
    if (m_mode == Mode::Unlock) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_first->text().isEmpty());
        return;
    }
    const auto strength = core::PassphrasePolicy::strength(m_first->text());
    m_hint->setText(core::PassphrasePolicy::describe(strength));
    m_hint->setStyleSheet(toneStyle(strength == Strength::Strong ? TextTone::Success
                                    : strength == Strength::Fair ? TextTone::Warning
                                                                 : TextTone::Error,
                                    palette()));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(core::PassphrasePolicy::problem(m_first->text(), m_second->text()).isEmpty());
}

QByteArray PassphraseDialog::passphrase() const
{
    return m_first->text().toUtf8();
}

namespace {

void wipeField(QLineEdit* field)
{
    if (!field)
        return;
    core::wipeShared(field->text()); // text() shares the field's buffer: this overwrites the field's own copy
    field->clear();
}

} // namespace

QByteArray PassphraseDialog::takePassphrase()
{
    QByteArray bytes = passphrase();
    wipeField(m_first);
    wipeField(m_second);
    return bytes;
}

PassphraseDialog::~PassphraseDialog()
{
    wipeField(m_first);
    wipeField(m_second);
}

void PassphraseDialog::accept()
{
    if (m_mode != Mode::Unlock) {
        const QString problem = core::PassphrasePolicy::problem(m_first->text(), m_second->text());
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            m_error->show();
            return;
        }
    } else if (m_first->text().isEmpty()) {
        return;
    }
    QDialog::accept();
}

} // namespace koordinera::ui
