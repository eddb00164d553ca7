// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/FamilyStatisticsPage.h"

#include "core/documents/StatisticsDocument.h"
#include "core/exchange/FamilyFollowUpSheet.h"
#include "core/settings/Settings.h"
#include "core/workspace/Workspace.h"
#include "core/xlsx/SpreadsheetFile.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/widgets/ProgressRunner.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

// The period list: the whole year, two halves, four quarters, then the months.
constexpr int FirstMonth = 7;

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

QStringList sexCells(const QString& label, const core::SexCounts& counts)
{
    return {label, QString::number(counts.women), QString::number(counts.men), QString::number(counts.total)};
}

} // namespace

FamilyStatisticsPage::FamilyStatisticsPage(core::Settings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_year(new QSpinBox(this)), m_part(new QComboBox(this)),
      m_periodLabel(new QLabel(this)), m_figures(new QLabel(this))
{
    setObjectName(QStringLiteral("familyStatisticsPage"));
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_part->setObjectName(QStringLiteral("periodCombo"));
    m_part->addItems({tr("Whole year"), tr("First half"), tr("Second half"), tr("Quarter 1"), tr("Quarter 2"),
                      tr("Quarter 3"), tr("Quarter 4")});
    for (int month = 1; month <= 12; ++month) {
        QString name = QLocale().standaloneMonthName(month); // "januari" … as the program's language has it
        name[0] = name[0].toUpper();                         // a choice in a list, like "Helår" above it
        m_part->addItem(name);
    }
    auto* print = new QPushButton(tr("&Print the report…"), this);
    print->setObjectName(QStringLiteral("printFamilyReportButton"));
    connect(print, &QPushButton::clicked, this, &FamilyStatisticsPage::printReport);
    auto* exportButton = new QPushButton(tr("E&xport the follow-up…"), this);
    exportButton->setObjectName(QStringLiteral("exportFollowUpButton"));
    exportButton->setToolTip(tr("The supports closed in the period, one row each, without names: for the systematic "
                                "follow-up (Excel or CSV)"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (!exportFollowUp() && !m_lastError.isEmpty())
            Prompts::error(this, m_lastError, tr("Export the follow-up"));
    });
    auto* yearLabel = new QLabel(tr("&Year"), this);
    yearLabel->setBuddy(m_year);
    auto* partLabel = new QLabel(tr("Peri&od"), this);
    partLabel->setBuddy(m_part);

    auto* bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(partLabel);
    bar->addWidget(m_part);
    bar->addStretch();
    bar->addWidget(print);
    bar->addWidget(exportButton);

    QFont periodFont = m_periodLabel->font();
    periodFont.setBold(true);
    periodFont.setPointSizeF(periodFont.pointSizeF() * 1.2);
    m_periodLabel->setFont(periodFont);
    m_figures->setObjectName(QStringLiteral("familyKeyFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_parents = makeTable(QStringLiteral("parentsTable"), {tr("Parents"), tr("Women"), tr("Men"), tr("Total")});
    m_children = makeTable(QStringLiteral("childrenTable"), {tr("Children by age"), tr("Children")});
    m_network = makeTable(QStringLiteral("networkTable"), {tr("The network"), tr("Families")});
    auto* tables = new QGridLayout;
    tables->addWidget(m_parents, 0, 0, 1, 2);
    tables->addWidget(m_children, 1, 0);
    tables->addWidget(m_network, 1, 1);
    tables->setRowStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_figures);
    layout->addLayout(tables, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &FamilyStatisticsPage::refresh);
    connect(m_part, &QComboBox::currentIndexChanged, this, &FamilyStatisticsPage::refresh);
}

QTableWidget* FamilyStatisticsPage::makeTable(const QString& objectName, const QStringList& headings)
{
    auto* table = new QTableWidget(0, int(headings.size()), this);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headings);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    // The label column takes the width; the figures fit their contents.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setAccessibleName(headings.first());
    return table;
}

void FamilyStatisticsPage::setWorkspace(core::Workspace* workspace)
{
    m_workspace = workspace;
    if (m_workspace)
        m_year->setValue(m_workspace->today().year());
    if (isVisible())
        refresh();
}

void FamilyStatisticsPage::setPeriod(int year, int part)
{
    m_year->setValue(year);
    m_part->setCurrentIndex(std::clamp(part, 0, int(m_part->count()) - 1));
    refresh();
}

core::StatisticsPeriod FamilyStatisticsPage::period() const
{
    const int year = m_year->value();
    const int part = m_part->currentIndex();
    if (part == 1 || part == 2) {
        const QDate from(year, part == 1 ? 1 : 7, 1);
        return {from, from.addMonths(6).addDays(-1)};
    }
    if (part >= FirstMonth)
        return core::StatisticsPeriod::month(year, part - FirstMonth + 1);
    if (part >= 3)
        return core::StatisticsPeriod::quarter(year, part - 2);
    return core::StatisticsPeriod::year(year);
}

void FamilyStatisticsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void FamilyStatisticsPage::refresh()
{
    if (!m_workspace)
        return;
    const core::StatisticsPeriod shown = period();
    m_report = core::FamilyStatistics(m_workspace->context()).compute(shown);
    m_periodLabel->setText(tr("%1 – %2 · women, men and total").arg(format::date(shown.from), format::date(shown.to)));
    const QString median = m_report.medianDaysInSupport ? format::decimal(*m_report.medianDaysInSupport) : tr("–");
    const core::SexCounts& back = m_report.backInWorkOrStudies;
    const core::SexCounts& base = m_report.notInWorkOrStudiesAtStart;
    m_figures->setText(
        tr("Families in support: <b>%1</b> · closed: <b>%2</b> · median time in support: <b>%3</b> days<br>"
           "Back in work or studies at the end: <b>%4 of %5</b> parents (women %6 of %7, men %8 of %9)")
            .arg(m_report.families)
            .arg(m_report.closed)
            .arg(median)
            .arg(back.total)
            .arg(base.total)
            .arg(back.women)
            .arg(base.women)
            .arg(back.men)
            .arg(base.men));

    m_parents->setRowCount(3);
    setRow(m_parents, 0, sexCells(tr("Parents in support"), m_report.parents));
    setRow(m_parents, 1, sexCells(tr("Not in work or studies at the start (closed)"), base));
    setRow(m_parents, 2, sexCells(tr("– of whom in work or studies at the end"), back));
    const auto fill = [](QTableWidget* table, const core::StatisticsTable& counts) {
        table->setRowCount(int(counts.rows.size()));
        for (int row = 0; row < counts.rows.size(); ++row)
            setRow(table, row, {counts.rows.at(row).label, QString::number(counts.rows.at(row).counts.total)});
    };
    fill(m_children, m_report.children);
    fill(m_network, m_report.network);
    // Three rows, as tall as they are; the children and the network below take the rest of the page.
    m_parents->setFixedHeight(m_parents->horizontalHeader()->sizeHint().height() +
                              3 * m_parents->verticalHeader()->defaultSectionSize() + 2 * m_parents->frameWidth() + 2);
}

bool FamilyStatisticsPage::printReport()
{
    if (!m_workspace || (m_requireSigner && !m_requireSigner()))
        return false;
    refresh();
    const core::Letterhead letterhead =
        m_workspace->isDemo() ? m_settings.letterhead().forDemo() : m_settings.letterhead();
    const core::Document document = core::StatisticsDocument::familyReport(
        m_report, {letterhead, m_settings.smallNumberThreshold(), QDateTime::currentDateTime(), m_workspace->isDemo()});
    // The report holds no family's data, so there is nothing to record on a case.
    DocumentPreviewDialog dialog(
        {document}, QString(), [](core::DocumentRecord&) {}, this);
    Prompts::exec(dialog);
    return true;
}

bool FamilyStatisticsPage::exportFollowUp()
{
    m_lastError.clear();
    if (!m_workspace)
        return false;
    const core::StatisticsPeriod shown = period();
    const QString suggested = tr("Follow-up %1–%2.xlsx").arg(format::date(shown.from), format::date(shown.to));
    const QString path =
        Prompts::chooseFile(this, Prompts::FileRequest::spreadsheetToSave(tr("Export the follow-up"), suggested));
    if (path.isEmpty())
        return false;
    const core::Sheet sheet =
        core::FamilyFollowUpSheet::sheet(core::FamilyStatistics(m_workspace->context()).closedSupports(shown));
    const core::ExportResult result =
        ProgressRunner::run(this, tr("Exporting the follow-up…"), [sheet, path](const core::ExportProgress& progress) {
            return core::SpreadsheetFile::write({sheet}, path, progress);
        });
    if (result.status == core::ExportResult::Status::Failed)
        m_lastError = result.error;
    return result.written();
}

} // namespace koordinera::ui
