// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/RecordDialog.h"

#include "core/records/RowVersion.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "ui/help/HelpWindow.h"
#include "ui/widgets/CorrectionHistory.h"
#include "ui/widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSpacerItem>
#include <QVBoxLayout>

namespace koordinera::ui {

RecordDialog::RecordDialog(const QString& title, QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout), m_general(FormErrors::makeErrorLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_spare(new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding))
{
    setWindowTitle(title);
    m_errors.setGeneralLabel(m_general);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addItem(m_spare);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    setMinimumWidth(460);
}

void RecordDialog::setHistory(const QList<core::Correction>& history)
{
    if (history.isEmpty())
        return;
    auto* button = m_buttons->addButton(tr("&Earlier versions (%1)…").arg(history.size()), QDialogButtonBox::HelpRole);
    button->setObjectName(QStringLiteral("historyButton"));
    connect(button, &QPushButton::clicked, this,
            [this, history] { showCorrectionHistory(this, tr("Earlier versions: %1").arg(windowTitle()), history); });
}

void RecordDialog::setHelpChapter(const QString& chapterId)
{
    auto* button = m_buttons->addButton(tr("He&lp"), QDialogButtonBox::HelpRole);
    button->setObjectName(QStringLiteral("helpButton"));
    const auto showHelp = [this, chapterId] {
        // A window of its own beside the dialog, and a child of it: a modal dialog lets its own windows be used.
        if (!m_help)
            m_help = new HelpWindow(this);
        m_help->showChapter(chapterId);
        m_help->show();
        m_help->raise();
        m_help->activateWindow();
    };
    connect(button, &QPushButton::clicked, this, showHelp);
    connect(new QShortcut(QKeySequence::HelpContents, this), &QShortcut::activated, this, showHelp);
}

void RecordDialog::watchRecord(core::Workspace& workspace, const char* table, qint64 id, qint64 readVersion)
{
    if (!m_elsewhere) {
        m_elsewhere = FormErrors::makeErrorLabel(this);
        m_elsewhere->setObjectName(QStringLiteral("changedElsewhereLabel"));
        static_cast<QVBoxLayout*>(layout())->insertWidget(0, m_elsewhere);
    }
    const QString tableName = QString::fromLatin1(table);
    connect(&workspace, &core::Workspace::changed, this, [=, this, &workspace](const QSet<QString>& tables) {
        if (m_saving || !tables.contains(tableName))
            return;
        if (const auto change = core::RowVersion::changedSince(workspace.context(), table, id, readVersion)) {
            m_elsewhere->setText(*change);
            m_elsewhere->show();
            growToContent(this);
        }
    });
}

QString RecordDialog::changedElsewhere() const
{
    return m_elsewhere && !m_elsewhere->isHidden() ? m_elsewhere->text() : QString();
}

QPushButton* RecordDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void RecordDialog::setBody(QWidget* body)
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(0, body, 1);
    if (m_spare) {
        box->removeItem(m_spare);
        delete m_spare;
        m_spare = nullptr;
    }
}

void RecordDialog::revalidate()
{
    m_errors.show(validate());
    growToContent(this); // a message that wraps gets its lines
}

void RecordDialog::accept()
{
    const auto errors = validate();
    m_errors.show(errors);
    if (!errors.isEmpty()) {
        growToContent(this);
        return;
    }
    try {
        const QScopedValueRollback saving(m_saving, true);
        if (m_save)
            m_save();
        QDialog::accept();
    } catch (const core::ValidationError& error) {
        m_errors.show(error.errors());
        growToContent(this);
    } catch (const core::StorageError& error) {
        // A refusal because someone else saved first says all the warning above the form said.
        if (m_elsewhere && error.kind() == core::StorageError::Kind::ChangedElsewhere)
            m_elsewhere->hide();
        m_errors.show({{QString(), error.userMessage()}});
        growToContent(this);
    }
}

} // namespace koordinera::ui
