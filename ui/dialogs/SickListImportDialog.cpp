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
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

QString changeLine(const core::SickListPeriodChange& change)
{
    return SickListImportDialog::tr("%1: %2 from %3 to %4")
        .arg(change.caseReference, format::degree(change.period.degree), format::date(change.period.start),
             format::date(change.period.end))
        .toHtmlEscaped();
}

} // namespace

SickListImportDialog::SickListImportDialog(core::Workspace& workspace, const QString& path, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_path(path), m_date(new QDateEdit(workspace.today(), this)),
      m_preview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("sickListImportDialog"));
    setWindowTitle(tr("Import the sick-leave list"));
    m_date->setObjectName(QStringLiteral("sickListDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(workspace.today());
    m_preview->setObjectName(QStringLiteral("sickListPreview"));
    m_preview->setAccessibleName(tr("What the import does"));

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
    layout->addWidget(m_preview, 1);
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
        if (!preview.differences.isEmpty()) {
            html += QStringLiteral("<p>%1</p><ul>")
                        .arg(tr("%n case(s) say something else than the list; nothing in them is changed, check them:",
                                nullptr, int(preview.differences.size())));
            for (const auto& change : preview.differences)
                html += QStringLiteral("<li>%1</li>").arg(changeLine(change));
            html += QStringLiteral("</ul>");
        }
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
    core::Workspace& workspace = m_workspace;
    core::SickListImportSummary summary;
    QString failure;
    ProgressRunner::waitExclusive(this, workspace.database(), tr("Importing the sick-leave list…"), [&] {
        try {
            summary = workspace.sickList().import(listDate, read, fileName, refused);
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
    if (!summary.differences.isEmpty())
        lines << tr("%n case(s) say something else than the list: check them.", nullptr,
                    int(summary.differences.size()));
    lines << tr("Not in coordination: %n new on the list, %1 on it before.", nullptr, summary.newOnList)
                 .arg(summary.stillOnList);
    if (summary.refused > 0)
        lines << tr("%n row(s) could not be read.", nullptr, summary.refused);
    return lines.join(QLatin1Char('\n'));
}

} // namespace koordinera::ui
