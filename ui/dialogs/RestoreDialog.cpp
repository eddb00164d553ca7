// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/RestoreDialog.h"

#include "core/workspace/Workspace.h"
#include "ui/models/CaseListModel.h"
#include "ui/widgets/RecordTable.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace koordinera::ui {

RestoreDialog::RestoreDialog(core::Workspace& backup, const QString& backupPath, const QString& safetyCopyFolder,
                             QWidget* parent)
    : QDialog(parent), m_cases(new CaseListModel(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));
    m_cases->setWorkspace(&backup);

    const QFileInfo file(backupPath);
    const auto newest = backup.audit().entries().value(backup.audit().entries().size() - 1);
    auto* facts = new QFormLayout;
    facts->addRow(tr("Backup:"), new QLabel(QDir::toNativeSeparators(file.absoluteFilePath()), this));
    facts->addRow(tr("Saved:"), new QLabel(file.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm")), this));
    auto* caseCount = new QLabel(tr("%n case(s)", nullptr, m_cases->totalCases()), this);
    caseCount->setObjectName(QStringLiteral("restoreCaseCount"));
    facts->addRow(tr("Contents:"), caseCount);
    facts->addRow(
        tr("Last log entry:"),
        new QLabel(newest.id ? newest.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("none"),
                   this));

    QTableView* table = makePreviewTable(m_cases, this);
    table->setObjectName(QStringLiteral("restoreCaseTable"));
    table->setAccessibleName(tr("Cases in the backup"));

    auto* warning = new QLabel(
        tr("<b>Restoring replaces everything in the open database with the contents of this backup.</b> Changes "
           "made after the backup was saved disappear. The access log keeps every entry. A backup of the database "
           "as it is now is saved first in %1.")
            .arg(QDir::toNativeSeparators(safetyCopyFolder).toHtmlEscaped()),
        this);
    warning->setWordWrap(true);
    warning->setObjectName(QStringLiteral("restoreWarning"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("&Restore this backup"), QDialogButtonBox::DestructiveRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("This is what the backup holds. Nothing has been changed yet."), this));
    layout->addLayout(facts);
    layout->addWidget(table, 1);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    resize(1000, 560);
}

} // namespace koordinera::ui
