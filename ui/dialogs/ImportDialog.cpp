// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ImportDialog.h"

#include "core/domain/DomainText.h"
#include "core/domain/IcdCode.h"
#include "core/domain/IdentityNumber.h"
#include "core/domain/Validation.h"
#include "core/settings/Settings.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "core/xlsx/SpreadsheetFile.h"
#include "core/xlsx/XlsxReader.h"
#include "ui/Format.h"
#include "ui/widgets/ProgressRunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

using core::CaseImport::Field;

// The preview shows this many rows; every row is checked and counted all the same.
constexpr int PreviewRows = 200;

QString exampleOf(const core::CsvReader::Table& table, int column)
{
    for (const QStringList& row : table.rows) {
        if (column < row.size() && !row.at(column).trimmed().isEmpty())
            return row.at(column).simplified().left(60);
    }
    return {};
}

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled);
    return cell;
}

} // namespace

ImportDialog::ImportDialog(core::Workspace& workspace, core::Settings& settings, const QString& path, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_settings(settings), m_encodingBox(new QComboBox(this)),
      m_separatorBox(new QComboBox(this)), m_fileProblem(new QLabel(this)), m_mappingTable(new QTableWidget(this)),
      m_previewTable(new QTableWidget(this)), m_status(new QLabel(this)), m_import(new QPushButton(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a case list – %1").arg(QFileInfo(path).fileName()));
    resize(1100, 720);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_read.error = tr("The file %1 could not be opened.").arg(QFileInfo(path).fileName());
    } else if (file.size() > core::CsvReader::MaxFileBytes) {
        m_read.error = tr("The file is too large for a case list (more than 64 MB).");
    } else {
        m_bytes = file.readAll();
        m_encoding = core::CsvReader::detectEncoding(m_bytes);
        m_separator = core::CsvReader::detectSeparator(core::CsvReader::decode(m_bytes, m_encoding));
    }

    m_encodingBox->setObjectName(QStringLiteral("importEncoding"));
    m_encodingBox->addItem(tr("UTF-8 (CSV UTF-8 from Excel)"), int(core::CsvReader::Encoding::Utf8));
    m_encodingBox->addItem(tr("Windows-1252 (older CSV from Excel)"), int(core::CsvReader::Encoding::Windows1252));
    m_encodingBox->setCurrentIndex(int(m_encoding));
    m_separatorBox->setObjectName(QStringLiteral("importSeparator"));
    m_separatorBox->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_separatorBox->addItem(tr("Comma ,"), QStringLiteral(","));
    m_separatorBox->addItem(tr("Tab"), QStringLiteral("\t"));
    m_separatorBox->setCurrentIndex(m_separatorBox->findData(QString(m_separator)));
    connect(m_encodingBox, &QComboBox::currentIndexChanged, this,
            [this] { setEncoding(core::CsvReader::Encoding(m_encodingBox->currentData().toInt())); });
    connect(m_separatorBox, &QComboBox::currentIndexChanged, this,
            [this] { setSeparator(m_separatorBox->currentData().toString().front()); });

    m_fileProblem->setObjectName(QStringLiteral("importFileProblem"));
    m_fileProblem->setWordWrap(true);
    m_fileProblem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid "
                                                "#f5c2c0; border-radius: 4px; padding: 8px; }"));

    m_mappingTable->setObjectName(QStringLiteral("importMapping"));
    m_mappingTable->setColumnCount(3);
    m_mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("Example"), tr("Import as")});
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);

    m_previewTable->setObjectName(QStringLiteral("importPreview"));
    m_previewTable->verticalHeader()->hide();
    m_previewTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->setWordWrap(false);

    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);

    auto* fileOptions = new QHBoxLayout;
    fileOptions->addWidget(new QLabel(tr("Character encoding:"), this));
    fileOptions->addWidget(m_encodingBox);
    fileOptions->addSpacing(16);
    fileOptions->addWidget(new QLabel(tr("Separator:"), this));
    fileOptions->addWidget(m_separatorBox);
    fileOptions->addStretch(1);

    auto* mappingLabel =
        new QLabel(tr("<b>1. What each column is</b> – the choices are remembered for next time."), this);
    auto* previewLabel = new QLabel(tr("<b>2. The rows as they will be stored</b>"), this);
    auto* top = new QWidget(this);
    auto* topColumn = new QVBoxLayout(top);
    topColumn->setContentsMargins(0, 0, 0, 0);
    topColumn->addWidget(mappingLabel);
    topColumn->addWidget(m_mappingTable);
    auto* bottom = new QWidget(this);
    auto* bottomColumn = new QVBoxLayout(bottom);
    bottomColumn->setContentsMargins(0, 0, 0, 0);
    bottomColumn->addWidget(previewLabel);
    bottomColumn->addWidget(m_previewTable);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* buttons = new QDialogButtonBox(this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importRows())
            accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileOptions);
    layout->addWidget(m_fileProblem);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    if (m_read.error.isEmpty())
        readFile();
    else
        updatePreview();
}

void ImportDialog::setEncoding(core::CsvReader::Encoding encoding)
{
    m_encoding = encoding;
    const QSignalBlocker blocker(m_encodingBox);
    m_encodingBox->setCurrentIndex(int(encoding));
    readFile();
}

void ImportDialog::setSeparator(QChar separator)
{
    m_separator = separator;
    const QSignalBlocker blocker(m_separatorBox);
    m_separatorBox->setCurrentIndex(m_separatorBox->findData(QString(separator)));
    readFile();
}

void ImportDialog::readFile()
{
    if (core::XlsxReader::looksLikeWorkbook(m_bytes)) {
        readWorkbook();
        return;
    }
    m_read = core::CsvReader::read(m_bytes, m_encoding, m_separator);
    m_mapping = core::CaseImport::guessMapping(m_read.table.header, m_settings.importMapping());
    fillMapping();
    updatePreview();
}

// An Excel workbook: its first sheet, the header found by its labels (a title or filter rows may sit above it).
// Encoding and separator mean nothing here.
void ImportDialog::readWorkbook()
{
    m_encodingBox->setEnabled(false);
    m_separatorBox->setEnabled(false);
    const core::XlsxReader::Result book = core::XlsxReader::read(m_bytes);
    m_read = {};
    if (!book.ok()) {
        m_read.error = book.error;
    } else {
        const QMap<QString, QString> remembered = m_settings.importMapping();
        m_read.table = core::SpreadsheetFile::tableOf(book.sheets.first(), [&remembered](const QStringList& row) {
            const auto mapping = core::CaseImport::guessMapping(row, remembered);
            return std::count_if(mapping.cbegin(), mapping.cend(),
                                 [](Field field) { return field != Field::Ignore; }) >= 2;
        });
    }
    m_mapping = core::CaseImport::guessMapping(m_read.table.header, m_settings.importMapping());
    fillMapping();
    updatePreview();
}

void ImportDialog::fillMapping()
{
    const core::CsvReader::Table& table = m_read.table;
    m_mappingTable->setRowCount(int(table.header.size()));
    for (int column = 0; column < table.header.size(); ++column) {
        const QString heading =
            table.header.at(column).isEmpty() ? tr("(column %1)").arg(column + 1) : table.header.at(column);
        m_mappingTable->setItem(column, 0, item(heading));
        m_mappingTable->setItem(column, 1, item(exampleOf(table, column)));
        auto* choice = new QComboBox(m_mappingTable);
        choice->setObjectName(QStringLiteral("importField%1").arg(column));
        for (const Field field : core::CaseImport::allFields())
            choice->addItem(core::CaseImport::labelOf(field), int(field));
        choice->setCurrentIndex(choice->findData(int(m_mapping.value(column, Field::Ignore))));
        connect(choice, &QComboBox::currentIndexChanged, this,
                [this, column, choice] { setField(column, Field(choice->currentData().toInt())); });
        m_mappingTable->setCellWidget(column, 2, choice);
    }
    m_mappingTable->resizeColumnToContents(0);
    m_mappingTable->setColumnWidth(2, 240);
}

void ImportDialog::setField(int column, Field field)
{
    if (column < 0 || column >= m_mapping.size())
        return;
    // One column per field: a field chosen here is taken from the column that had it.
    for (int other = 0; other < m_mapping.size(); ++other) {
        if (other != column && field != Field::Ignore && m_mapping.at(other) == field) {
            m_mapping[other] = Field::Ignore;
            if (auto* box = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(other, 2))) {
                const QSignalBlocker blocker(box);
                box->setCurrentIndex(box->findData(int(Field::Ignore)));
            }
        }
    }
    m_mapping[column] = field;
    if (auto* box = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(column, 2))) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(box->findData(int(field)));
    }
    updatePreview();
}

void ImportDialog::updatePreview()
{
    m_fileProblem->setVisible(!m_read.ok());
    m_fileProblem->setText(m_read.error);
    m_preview =
        m_read.ok() ? core::CaseImport::preview(m_read.table, m_mapping, m_workspace) : core::CaseImport::Preview{};
    const QStringList headings{tr("Line"), tr("Identity number"), tr("Name"),      tr("Status"),   tr("Start"),
                               tr("End"),  tr("Degree"),          tr("Diagnosis"), tr("Employer"), tr("Result")};
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(headings.size()));
    m_previewTable->setHorizontalHeaderLabels(headings);
    const int shown = int(std::min<qsizetype>(m_preview.rows.size(), PreviewRows));
    m_previewTable->setRowCount(shown);
    for (int index = 0; index < shown; ++index) {
        const core::CaseImport::Row& row = m_preview.rows.at(index);
        const QString identity = row.identity.isEmpty()
                                     ? QString()
                                     : core::IdentityNumber::fromStored(row.identity, row.identityKind).display();
        const QString result = !row.valid()                ? row.error
                               : row.alreadyImported       ? tr("already registered, not imported again")
                               : row.existingPatientId > 0 ? tr("new case for a registered patient")
                                                           : tr("new patient and case");
        const QStringList cells{QString::number(row.line),
                                identity,
                                row.valid() ? QStringLiteral("%1, %2").arg(row.familyName, row.givenName) : QString(),
                                row.valid() ? core::text::labelOf(row.status) : QString(),
                                format::date(row.start),
                                format::date(row.end),
                                row.valid() && row.start.isValid() ? format::degree(row.degree > 0 ? row.degree : 100)
                                                                   : QString(),
                                core::IcdCode::display(row.diagnosis),
                                row.employer,
                                result};
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem* cell = item(cells.at(column));
            if (column == cells.size() - 1)
                cell->setToolTip(cells.at(column)); // a long reason is cut at the window's edge
            if (!row.valid()) {
                cell->setForeground(QColor(0x9b, 0x1c, 0x1c));
                cell->setBackground(QColor(0xfd, 0xec, 0xea));
            }
            m_previewTable->setItem(index, column, cell);
        }
    }
    m_previewTable->resizeColumnsToContents();
    m_previewTable->horizontalHeader()->setStretchLastSection(true);

    const int valid = m_preview.validCount();
    const int invalid = m_preview.invalidCount();
    QString status;
    if (m_read.ok()) {
        status = tr("%n row(s) can be imported", nullptr, valid);
        if (invalid > 0)
            status += QStringLiteral("; ") + tr("%n row(s) have errors and will be skipped (marked in red). Fix "
                                                "the file and open it again, or import the others.",
                                                nullptr, invalid);
        if (!m_preview.problem.isEmpty())
            status += QStringLiteral(" ") + m_preview.problem;
        if (m_preview.rows.size() > PreviewRows)
            status += QStringLiteral(" ") + tr("The first %1 rows are shown.").arg(PreviewRows);
    }
    m_status->setText(status);
    int toImport = 0;
    for (const core::CaseImport::Row& row : m_preview.rows)
        toImport += row.valid() && !row.alreadyImported ? 1 : 0;
    m_import->setText(tr("&Import %n case(s)", nullptr, toImport));
    m_import->setEnabled(m_read.ok() && toImport > 0);
}

std::optional<core::CaseImport::Summary> ImportDialog::importRows()
{
    m_lastError.clear();
    if (!m_read.ok() || m_preview.validCount() == 0)
        return std::nullopt;
    // Thousands of rows take seconds: they are stored on a worker thread while the progress dialog (and nothing
    // else) holds the GUI, so nothing else uses the database meanwhile.
    core::CaseImport::Summary summary;
    QString failure;
    const core::CaseImport::Preview& preview = m_preview;
    core::Workspace& workspace = m_workspace;
    // The lists follow once the worker is done.
    const core::ExportResult result = ProgressRunner::runExclusive(
        this, workspace.database(), tr("Importing the case list…"),
        [&summary, &failure, &preview, &workspace](const core::ExportProgress& progress) {
            try {
                summary = core::CaseImport::apply(preview, workspace, progress);
            } catch (const core::ValidationError& error) {
                failure = error.errors().isEmpty() ? QString() : error.errors().first().message;
            } catch (const core::StorageError& error) {
                failure = error.userMessage();
            }
            if (!failure.isEmpty())
                return core::ExportResult{core::ExportResult::Status::Failed, failure};
            if (summary.cancelled)
                return core::ExportResult{core::ExportResult::Status::Cancelled, QString()};
            return core::ExportResult{};
        });
    if (result.status == core::ExportResult::Status::Cancelled) {
        m_lastError = tr("The import was stopped. Nothing was imported.");
    } else if (result.status == core::ExportResult::Status::Failed) {
        m_lastError = tr("Nothing was imported: %1").arg(result.error);
    } else {
        m_settings.setImportMapping(core::CaseImport::toRemember(m_read.table.header, m_mapping));
        m_summary = summary;
        return summary;
    }
    m_status->setText(m_lastError);
    return std::nullopt;
}

QString ImportDialog::summaryText(const core::CaseImport::Summary& summary)
{
    QStringList lines{tr("%n case(s) imported", nullptr, summary.imported),
                      tr("%n new patient(s) registered", nullptr, summary.newPatients),
                      tr("%n row(s) matched a registered patient", nullptr, summary.matched)};
    if (summary.alreadyThere > 0)
        lines.append(tr("%n row(s) were already registered and not imported again", nullptr, summary.alreadyThere));
    if (summary.skipped > 0) {
        lines.append(tr("%n row(s) skipped:", nullptr, summary.skipped));
        const QStringList reasons = summary.skippedReasons.mid(0, 15);
        for (const QString& reason : reasons)
            lines.append(QStringLiteral("  • ") + reason);
        if (summary.skippedReasons.size() > reasons.size())
            lines.append(tr("  … and %n more", nullptr, int(summary.skippedReasons.size() - reasons.size())));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace koordinera::ui
