// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/OlderFileDialog.h"

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

OlderFileDialog::OlderFileDialog(core::Workspace& file, const QString& path, const QString& finding, QWidget* parent)
    : QDialog(parent), m_cases(new CaseListModel(this))
{
    setObjectName(QStringLiteral("olderFileDialog"));
    setWindowTitle(tr("The database file is not the newest"));
    m_cases->setWorkspace(&file);

    auto* message = new QLabel(finding, this);
    message->setObjectName(QStringLiteral("olderFileFinding"));
    message->setWordWrap(true);

    core::AuditLog::Filter newest;
    newest.limit = 1;
    const auto entries = file.audit().entries(newest);
    auto* facts = new QFormLayout;
    facts->addRow(tr("File:"), new QLabel(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), this));
    auto* caseCount = new QLabel(tr("%n case(s)", nullptr, m_cases->totalCases()), this);
    caseCount->setObjectName(QStringLiteral("olderFileCaseCount"));
    facts->addRow(tr("It holds:"), caseCount);
    facts->addRow(tr("Its last log entry:"), new QLabel(entries.isEmpty() ? tr("none")
                                                                          : entries.last().at.toLocalTime().toString(
                                                                                QStringLiteral("yyyy-MM-dd HH:mm")),
                                                        this));

    QTableView* table = makePreviewTable(m_cases, this);
    table->setObjectName(QStringLiteral("olderFileCaseTable"));
    table->setAccessibleName(tr("Cases in the file"));

    auto* choice = new QLabel(tr("<b>Working in the file as it is gives up what is missing from it</b> (a newer "
                                 "backup can still be restored afterwards), and the choice is written to the access "
                                 "log. Leave the file untouched while you find out where the newer file went."),
                              this);
    choice->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* leave = buttons->addButton(tr("&Leave the file untouched"), QDialogButtonBox::RejectRole);
    leave->setObjectName(QStringLiteral("leaveButton"));
    leave->setDefault(true);
    QPushButton* work = buttons->addButton(tr("&Work in the file as it is"), QDialogButtonBox::DestructiveRole);
    work->setObjectName(QStringLiteral("workAsItIsButton"));
    connect(work, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(new QLabel(tr("This is what the file holds now (opened only for reading):"), this));
    layout->addLayout(facts);
    layout->addWidget(table, 1);
    layout->addWidget(choice);
    layout->addWidget(buttons);
    resize(900, 520);
}

} // namespace koordinera::ui
