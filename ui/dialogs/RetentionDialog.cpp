// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/RetentionDialog.h"

#include "core/domain/IdentityNumber.h"
#include "core/domain/Validation.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "ui/Prompts.h"
#include "ui/widgets/FormErrors.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koordinera::ui {

RetentionDialog::RetentionDialog(core::Workspace& workspace, int retentionYears, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_years(retentionYears), m_table(new QTableWidget(this)),
      m_reason(new QLineEdit(this)), m_error(FormErrors::makeErrorLabel(this)), m_summary(new QLabel(this)),
      m_purge(new QPushButton(tr("&Purge the ticked cases…"), this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Purge old cases (gallring)"));
    m_table->setObjectName(QStringLiteral("retentionTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Purge"), tr("Case"), tr("Patient"), tr("Closed"), tr("Last entry")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_reason->setObjectName(QStringLiteral("retentionReason"));
    m_reason->setPlaceholderText(tr("The decision, e.g. “Gallringsbeslut 2036-03, dnr 123/2036”"));
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    connect(m_table, &QTableWidget::itemChanged, this, &RetentionDialog::updateButton);
    connect(m_reason, &QLineEdit::textChanged, this, &RetentionDialog::updateButton);
    connect(m_purge, &QPushButton::clicked, this, &RetentionDialog::purgeChecked);

    auto* intro = new QLabel(tr("Closed cases with no entry for %n year(s) or more. A case is removed only by a "
                                "documented decision: tick the cases the decision covers and write the decision "
                                "down. The access log keeps a record of the purge.",
                                nullptr, m_years),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Decision:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(m_purge, 0, Qt::AlignRight);
    layout->addWidget(buttons);
    resize(820, 520);
    refresh();
}

void RetentionDialog::refresh()
{
    m_candidates = m_workspace.retention().candidates(m_years);
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_candidates.size()));
    for (int row = 0; row < m_candidates.size(); ++row) {
        const auto& candidate = m_candidates.at(row);
        auto* check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        check->setCheckState(Qt::Unchecked);
        m_table->setItem(row, 0, check);
        const QString identity =
            core::IdentityNumber::fromStored(candidate.identity, core::IdentityKind::Personnummer).display();
        const QStringList cells{candidate.reference, identity + QStringLiteral("  ") + candidate.patientName,
                                candidate.closedOn.toString(Qt::ISODate), candidate.lastEntry.toString(Qt::ISODate)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column + 1, new QTableWidgetItem(cells.at(column)));
    }
    m_table->setVisible(!m_candidates.isEmpty());
    if (m_candidates.isEmpty())
        m_summary->setText(tr("No closed case has reached the retention time. Nothing to purge."));
    updateButton();
}

QList<qint64> RetentionDialog::checkedCases() const
{
    QList<qint64> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->checkState() == Qt::Checked)
            result << m_candidates.at(row).caseId;
    }
    return result;
}

void RetentionDialog::updateButton()
{
    const qsizetype checked = checkedCases().size();
    if (!m_candidates.isEmpty()) {
        m_summary->setText(tr("%1 of %n case(s) ticked.", nullptr, int(m_candidates.size())).arg(checked));
    }
    m_purge->setEnabled(checked > 0 && !m_reason->text().trimmed().isEmpty());
}

void RetentionDialog::setChecked(int row, bool checked)
{
    m_table->item(row, 0)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void RetentionDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

bool RetentionDialog::purgeChecked()
{
    const QList<qint64> cases = checkedCases();
    if (cases.isEmpty())
        return false;
    if (!Prompts::confirm(this, tr("Remove %n case(s) for good? Everything recorded in them is deleted and cannot be "
                                   "brought back from this database.",
                                   nullptr, int(cases.size()))))
        return false;
    try {
        m_workspace.purgeCases(cases, m_years, m_reason->text());
    } catch (const core::ValidationError& error) {
        m_error->setText(error.messageFor(QStringLiteral("reason")));
        m_error->show();
        return false;
    } catch (const core::StorageError& error) {
        m_error->setText(error.userMessage());
        m_error->show();
        refresh();
        return false;
    } catch (const std::invalid_argument&) {
        // Changed since the list was made (e.g. reopened): nothing was removed; show the list as it is now.
        m_error->setText(tr("The list had changed; nothing was purged. Check the ticked cases again."));
        m_error->show();
        refresh();
        return false;
    }
    m_purgedAny = true;
    m_error->hide();
    m_reason->clear();
    refresh();
    m_summary->setText(tr("%n case(s) purged.", nullptr, int(cases.size())));
    return true;
}

} // namespace koordinera::ui
