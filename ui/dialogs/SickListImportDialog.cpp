// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/SickListImportDialog.h"

#include "core/domain/Validation.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "core/xlsx/SickListFile.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/widgets/ProgressRunner.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

QString periodText(const core::SickLeavePeriod& period)
{
    return SickListImportDialog::tr("%1 from %2 to %3")
        .arg(format::degree(period.degree), format::date(period.start),
             period.isOpenEnded() ? SickListImportDialog::tr("until further notice") : format::date(period.end));
}

QString changeLine(const core::SickListPeriodChange& change)
{
    return SickListImportDialog::tr("%1 %2: %3")
        .arg(change.caseReference, change.patientName, periodText(change.period))
        .toHtmlEscaped();
}

// "Ä-2026-0003: the case says 100 % from … to …; the list says 50 % from … to …"
QString differenceLine(const core::SickListPeriodChange& change)
{
    QStringList caseSays;
    for (const core::SickLeavePeriod& period : change.caseSays)
        caseSays << periodText(period);
    return SickListImportDialog::tr("%1 %2: the case says %3; the list says %4")
        .arg(change.caseReference, change.patientName, caseSays.join(SickListImportDialog::tr(" and ")),
             periodText(change.period));
}

} // namespace

SickListImportDialog::SickListImportDialog(core::Workspace& workspace, const QString& path, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_path(path), m_date(new QDateEdit(workspace.today(), this)),
      m_preview(new QTextBrowser(this)), m_differencesLabel(new QLabel(this)), m_differences(new QListWidget(this))
{
    setObjectName(QStringLiteral("sickListImportDialog"));
    setWindowTitle(tr("Import the sick-leave list"));
    m_date->setObjectName(QStringLiteral("sickListDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(workspace.today());
    m_preview->setObjectName(QStringLiteral("sickListPreview"));
    m_preview->setAccessibleName(tr("What the import does"));
    m_differencesLabel->setWordWrap(true);
    m_differencesLabel->setBuddy(m_differences);
    m_differences->setObjectName(QStringLiteral("sickListDifferences"));
    m_differences->setAccessibleName(tr("Cases that say something else than the list"));
    m_differences->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_importButton, &QPushButton::clicked, this, &SickListImportDialog::importList);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("File"), new QLabel(QFileInfo(path).fileName(), this));
    form->addRow(tr("The list is &from"), m_date);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_differencesLabel);
    layout->addWidget(m_differences, 1);
    layout->addWidget(buttons);
    resize(720, 560);

    readFile();
    connect(m_date, &QDateEdit::dateChanged, this, &SickListImportDialog::updatePreview);
    updatePreview();
}

void SickListImportDialog::readFile()
{
    const QString path = m_path;
    const QDate today = m_workspace.today();
    ProgressRunner::wait(this, tr("Reading %1…").arg(QFileInfo(m_path).fileName()),
                         [this, &path, today] { m_list = core::SickListFile::read(path, today); });
}

void SickListImportDialog::setListDate(const QDate& date)
{
    m_date->setDate(date);
}

void SickListImportDialog::updatePreview()
{
    m_importButton->setEnabled(fileRead());
    showDifferences({});
    if (!m_list.ok()) {
        m_preview->setPlainText(m_list.error);
        return;
    }
    QString html;
    if (m_list.entries.isEmpty()) {
        html = QStringLiteral("<p>%1</p>").arg(tr("The list has no patient that can be read."));
    } else {
        core::SickListImportSummary preview;
        const QList<core::SickListPatient> read = m_list.patients();
        const QDate listDate = m_date->date();
        core::Workspace& workspace = m_workspace;
        ProgressRunner::waitExclusive(
            this, workspace.database(), tr("Comparing the list with the cases…"),
            [&preview, &workspace, &read, listDate] { preview = workspace.sickList().preview(listDate, read); });
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The list has %n patient(s) who can be imported.", nullptr, int(m_list.entries.size())));
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("In coordination: %1").arg(preview.matched));
        if (!preview.periodsAdded.isEmpty()) {
            html += QStringLiteral("<p>%1</p><ul>")
                        .arg(tr("%n period(s) will be added to the cases:", nullptr, int(preview.periodsAdded.size())));
            for (const auto& change : preview.periodsAdded)
                html += QStringLiteral("<li>%1</li>").arg(changeLine(change));
            html += QStringLiteral("</ul>");
        }
        showDifferences(preview.differences);
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Not in coordination: %n new on the list, %1 on it before", nullptr, preview.newOnList)
                             .arg(preview.stillOnList));
    }
    if (!m_list.refused.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(tr("%n row(s) cannot be read and are left out:", nullptr, int(m_list.refused.size())));
        for (const auto& row : m_list.refused)
            html += QStringLiteral("<li>%1</li>").arg(tr("row %1: %2").arg(row.line).arg(row.reason).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_preview->setHtml(html);
}

void SickListImportDialog::showDifferences(const QList<core::SickListPeriodChange>& differences)
{
    m_differences->clear();
    for (const core::SickListPeriodChange& change : differences) {
        auto* item = new QListWidgetItem(differenceLine(change), m_differences);
        item->setData(Qt::UserRole, change.caseId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked); // the coordinator's entry stays unless they say otherwise
    }
    m_differencesLabel->setText(
        tr("%n case(s) say another grade than the list. Tick those to correct after the list; the others stay as "
           "the coordinator entered them:",
           nullptr, int(differences.size())));
    m_differencesLabel->setVisible(!differences.isEmpty());
    m_differences->setVisible(!differences.isEmpty());
}

int SickListImportDialog::differenceCount() const
{
    return m_differences->count();
}

void SickListImportDialog::setCorrected(int difference, bool corrected)
{
    if (QListWidgetItem* item = m_differences->item(difference))
        item->setCheckState(corrected ? Qt::Checked : Qt::Unchecked);
}

QSet<qint64> SickListImportDialog::casesToCorrect() const
{
    QSet<qint64> cases;
    for (int row = 0; row < m_differences->count(); ++row) {
        if (m_differences->item(row)->checkState() == Qt::Checked)
            cases.insert(m_differences->item(row)->data(Qt::UserRole).toLongLong());
    }
    return cases;
}

QString SickListImportDialog::previewText() const
{
    return m_preview->toPlainText();
}

bool SickListImportDialog::importList()
{
    if (!fileRead())
        return false;
    const QList<core::SickListPatient> read = m_list.patients();
    const QDate listDate = m_date->date();
    const QString fileName = QFileInfo(m_path).fileName();
    const int refused = int(m_list.refused.size());
    const QSet<qint64> correct = casesToCorrect();
    core::Workspace& workspace = m_workspace;
    core::SickListImportSummary summary;
    QString failure;
    ProgressRunner::waitExclusive(this, workspace.database(), tr("Importing the sick-leave list…"), [&] {
        try {
            summary = workspace.sickList().import(listDate, read, fileName, refused, correct);
        } catch (const core::StorageError& error) {
            failure = error.userMessage();
        } catch (const core::ValidationError& error) {
            failure = error.errors().isEmpty() ? QString() : error.errors().first().message;
        }
    });
    if (!failure.isEmpty()) {
        Prompts::error(this, tr("The list was not imported; nothing has changed.\n\n%1").arg(failure), windowTitle());
        return false;
    }
    m_summary = summary;
    accept();
    return true;
}

QString SickListImportDialog::summaryText(const core::SickListImportSummary& summary)
{
    QStringList lines{tr("The sick-leave list is imported: %n patient(s).", nullptr, summary.rows),
                      tr("%1 in coordination; %2 period(s) added to their cases.")
                          .arg(summary.matched)
                          .arg(summary.periodsAdded.size())};
    if (!summary.corrected.isEmpty())
        lines << tr("%n case(s) corrected after the list.", nullptr, int(summary.corrected.size()));
    if (!summary.differences.isEmpty())
        lines << tr("%n case(s) say another grade than the list and were left as they are.", nullptr,
                    int(summary.differences.size()));
    lines << tr("Not in coordination: %n new on the list, %1 on it before.", nullptr, summary.newOnList)
                 .arg(summary.stillOnList);
    if (summary.refused > 0)
        lines << tr("%n row(s) could not be read.", nullptr, summary.refused);
    return lines.join(QLatin1Char('\n'));
}

} // namespace koordinera::ui
