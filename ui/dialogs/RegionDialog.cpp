// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/RegionDialog.h"

#include "core/documents/RegionDocument.h"
#include "core/exchange/StatisticsSheet.h"
#include "core/exchange/UnitReport.h"
#include "core/settings/Settings.h"
#include "core/storage/SecretKey.h"
#include "core/workspace/DemoData.h"
#include "core/xlsx/SpreadsheetFile.h"
#include "ui/Prompts.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/FormErrors.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace koordinera::ui {

RegionDialog::RegionDialog(core::Settings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_files(new QListWidget(this)), m_passphrase(new QLineEdit(this)),
      m_demo(new QCheckBox(tr("Twenty fictional units (&demo)"), this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_preview(new QPushButton(tr("&Preview and print…"), this)), m_export(new QPushButton(tr("E&xport…"), this)),
      m_error(FormErrors::makeErrorLabel(this))
{
    setObjectName(QStringLiteral("regionDialog"));
    setWindowTitle(tr("Regional report"));
    m_error->setObjectName(QStringLiteral("regionError"));
    m_files->setObjectName(QStringLiteral("regionFiles"));
    m_files->setAccessibleName(tr("Unit reports"));
    m_passphrase->setObjectName(QStringLiteral("regionPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_demo->setObjectName(QStringLiteral("regionDemoCheck"));
    m_remove->setObjectName(QStringLiteral("removeReportButton"));
    m_preview->setObjectName(QStringLiteral("previewRegionButton"));
    m_export->setObjectName(QStringLiteral("exportRegionButton"));
    auto* add = new QPushButton(tr("&Add reports…"), this);
    add->setObjectName(QStringLiteral("addReportButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path =
            Prompts::chooseFile(this, Prompts::FileRequest::toOpen(tr("A unit report"), tr("Unit reports (*.kstat)")));
        if (!path.isEmpty())
            addReport(path);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_files->currentItem();
        updateButtons();
    });
    connect(m_files, &QListWidget::currentRowChanged, this, &RegionDialog::updateButtons);
    connect(m_demo, &QCheckBox::toggled, this, &RegionDialog::updateButtons);
    connect(m_preview, &QPushButton::clicked, this, &RegionDialog::preview);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = Prompts::chooseFile(
            this, Prompts::FileRequest::spreadsheetToSave(tr("Export the regional report"), tr("Region.xlsx")));
        if (!path.isEmpty() && !exportTo(path) && !m_lastError.isEmpty())
            Prompts::error(this, m_lastError);
    });
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* intro = new QLabel(tr("Put together the units' reports (.kstat) for the county. Every unit must report the "
                                "same periods. Small numbers are hidden after summing, so the county's totals may "
                                "show what a unit's own report hid."),
                             this);
    intro->setWordWrap(true);
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();
    fileButtons->addWidget(m_demo);
    auto* form = new QFormLayout;
    form->addRow(tr("Pass&phrase"), m_passphrase);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_export);
    actions->addWidget(m_preview);
    chainTabOrder({m_files, add, m_remove, m_demo, m_passphrase, m_export, m_preview});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_files, 1);
    layout->addLayout(fileButtons);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(close);
    resize(620, 440);
    updateButtons();
}

void RegionDialog::addReport(const QString& path)
{
    auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
    m_files->setCurrentItem(item);
    updateButtons();
}

void RegionDialog::setPassphrase(const QString& passphrase)
{
    m_passphrase->setText(passphrase);
}

void RegionDialog::setDemo(bool demo)
{
    m_demo->setChecked(demo);
}

void RegionDialog::updateButtons()
{
    const bool ready = m_demo->isChecked() || m_files->count() > 0;
    m_remove->setEnabled(m_files->currentItem() != nullptr);
    m_preview->setEnabled(ready);
    m_export->setEnabled(ready);
    m_files->setEnabled(!m_demo->isChecked());
    m_passphrase->setEnabled(!m_demo->isChecked());
}

void RegionDialog::fail(const QString& message)
{
    m_lastError = message;
    m_error->setText(message);
    m_error->setVisible(true);
}

std::optional<core::RegionReport> RegionDialog::merged()
{
    m_lastError.clear();
    m_error->setVisible(false);
    QList<core::UnitReport> reports;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    struct RestoreCursor
    {
        ~RestoreCursor() { QApplication::restoreOverrideCursor(); }
    } restore;
    if (m_demo->isChecked()) {
        reports = core::DemoData::regionUnits(core::DemoData::regionPeriods(QDate::currentDate()));
    } else {
        QByteArray passphrase = m_passphrase->text().toUtf8();
        const core::WipeOnExit wipe(passphrase);
        for (int row = 0; row < m_files->count(); ++row) {
            QString problem;
            const auto report =
                core::UnitReportFile::read(m_files->item(row)->data(Qt::UserRole).toString(), passphrase, &problem);
            if (!report) {
                fail(problem);
                return std::nullopt;
            }
            reports.append(*report);
        }
    }
    QString error;
    auto region = core::RegionReport::merge(reports, &error);
    if (!region)
        fail(error);
    return region;
}

bool RegionDialog::preview()
{
    const auto region = merged();
    if (!region)
        return false;
    core::Letterhead letterhead = m_settings.letterhead();
    if (m_demo->isChecked())
        letterhead = letterhead.forDemo();
    const core::Document document = core::RegionDocument::report(
        *region, {letterhead, m_settings.smallNumberThreshold(), QDateTime::currentDateTime(), m_demo->isChecked()});
    // The regional report names no patient, so there is nothing to record on a case.
    DocumentPreviewDialog dialog(
        {document}, QString(), [](core::DocumentRecord&) {}, this);
    Prompts::exec(dialog);
    return true;
}

bool RegionDialog::exportTo(const QString& path)
{
    const auto region = merged();
    if (!region)
        return false;
    const bool workbook = core::SpreadsheetFile::formatOf(path) == core::SpreadsheetFile::Format::Xlsx;
    const core::ExportResult result = core::SpreadsheetFile::write(
        core::StatisticsSheet::regionSheets(*region, m_settings.smallNumberThreshold(), !workbook), path);
    if (result.status == core::ExportResult::Status::Failed)
        fail(result.error);
    return result.written();
}

} // namespace koordinera::ui
