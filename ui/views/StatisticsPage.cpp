// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/StatisticsPage.h"

#include "core/documents/StatisticsDocument.h"
#include "core/exchange/StatisticsSheet.h"
#include "core/settings/Settings.h"
#include "core/workspace/Workspace.h"
#include "core/xlsx/SpreadsheetFile.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/views/StatisticsCharts.h"
#include "ui/widgets/ProgressRunner.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

constexpr int MonthsEntry = 0;

} // namespace

StatisticsPage::StatisticsPage(core::Settings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_kind(new QComboBox(this)), m_year(new QSpinBox(this)),
      m_part(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_periodLabel(new QLabel(this)), m_measures(new QListWidget(this)), m_measureTitle(new QLabel(this)),
      m_chart(new QChartView(this)), m_table(new QTableWidget(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("statisticsPage"));
    auto* title = new QLabel(tr("Statistics"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_periodLabel->setObjectName(QStringLiteral("statisticsPeriod"));
    m_periodLabel->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    buildPeriodBar();
    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("printStatisticsButton"));
    print->setToolTip(tr("The report with every measure as chart and table, for print or PDF"));
    connect(print, &QPushButton::clicked, this, &StatisticsPage::printReport);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportStatisticsButton"));
    exportButton->setToolTip(tr("The figures to an Excel workbook or a CSV file"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (!exportReport() && !m_lastError.isEmpty())
            Prompts::error(this, m_lastError, tr("Export statistics"));
    });

    auto* heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addSpacing(12);
    heading->addWidget(m_periodLabel, 1, Qt::AlignBottom);
    heading->addWidget(print);
    heading->addWidget(exportButton);

    auto* periodBar = new QHBoxLayout;
    // On Linux a screen reader names a list box by the label pointing at it, else by the value it shows.
    auto* periodLabel = new QLabel(tr("Peri&od:"), this);
    periodLabel->setBuddy(m_kind);
    periodBar->addWidget(periodLabel);
    periodBar->addWidget(m_kind);
    periodBar->addWidget(m_year);
    periodBar->addWidget(m_part);
    periodBar->addWidget(m_from);
    periodBar->addWidget(m_to);
    periodBar->addStretch(1);

    auto* figures = new QHBoxLayout;
    for (int index = 0; index < 4; ++index) {
        auto* card = new QLabel(this);
        card->setObjectName(QStringLiteral("keyFigure%1").arg(index));
        card->setTextFormat(Qt::RichText);
        card->setWordWrap(true); // a long heading wraps with large text instead of being cut off
        card->setMinimumWidth(150);
        card->setStyleSheet(QStringLiteral("QLabel { background: palette(base); border: 1px solid palette(mid); "
                                           "border-radius: 6px; padding: 8px 12px; }"));
        figures->addWidget(card, 1);
        m_figures.append(card);
    }

    m_measures->setObjectName(QStringLiteral("statisticsMeasures"));
    m_measures->setAccessibleName(tr("Measures"));
    m_measures->setStyleSheet(QStringLiteral("QListWidget::item { padding: 5px 6px; }"));
    connect(m_measures, &QListWidget::currentRowChanged, this, &StatisticsPage::showMeasure);

    QFont measureFont = m_measureTitle->font();
    measureFont.setPointSizeF(measureFont.pointSizeF() * 1.2);
    measureFont.setBold(true);
    m_measureTitle->setFont(measureFont);
    m_measureTitle->setObjectName(QStringLiteral("statisticsMeasureTitle"));
    m_chart->setObjectName(QStringLiteral("statisticsChart"));
    m_chart->setAccessibleName(tr("Chart of the measure"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180); // low enough for a 600-pixel-high laptop screen
    m_table->setObjectName(QStringLiteral("statisticsTable"));
    m_table->setAccessibleName(tr("Table of the measure"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_note->setObjectName(QStringLiteral("statisticsNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    auto* measurePane = new QWidget(this);
    auto* measureColumn = new QVBoxLayout(measurePane);
    measureColumn->setContentsMargins(0, 0, 0, 0);
    measureColumn->addWidget(m_measureTitle);
    // The chart across the full width, its table under it: the bars get room and the table its columns.
    auto* chartAndTable = new QSplitter(Qt::Vertical, measurePane);
    chartAndTable->addWidget(m_chart);
    chartAndTable->addWidget(m_table);
    chartAndTable->setStretchFactor(0, 3);
    chartAndTable->setStretchFactor(1, 2);
    chartAndTable->setChildrenCollapsible(false);
    measureColumn->addWidget(chartAndTable, 1);

    auto* body = new QHBoxLayout;
    body->addWidget(m_measures);
    body->addWidget(measurePane, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addLayout(periodBar);
    layout->addLayout(figures);
    layout->addLayout(body, 1);
    layout->addWidget(m_note);
}

void StatisticsPage::buildPeriodBar()
{
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->addItem(tr("Month"), int(PeriodKind::Month));
    m_kind->addItem(tr("Quarter"), int(PeriodKind::Quarter));
    m_kind->addItem(tr("Year"), int(PeriodKind::Year));
    m_kind->addItem(tr("Chosen period"), int(PeriodKind::Custom));
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(2000, 2100);
    m_part->setObjectName(QStringLiteral("periodPart"));
    // Named for what they choose where the platform reads the name (the kind also has the "Period" label).
    m_kind->setAccessibleName(tr("Kind of period"));
    m_part->setAccessibleName(tr("Part of the year"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));
    const QDate today = QDate::currentDate();
    m_year->setValue(today.year());
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    m_kind->setCurrentIndex(int(PeriodKind::Quarter));
    periodKindChanged();
    m_part->setCurrentIndex((today.month() - 1) / 3);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        periodKindChanged();
        refresh();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &StatisticsPage::refresh);
    connect(m_part, &QComboBox::currentIndexChanged, this, &StatisticsPage::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsPage::refresh);
}

void StatisticsPage::periodKindChanged()
{
    const auto kind = PeriodKind(m_kind->currentData().toInt());
    const QSignalBlocker blocker(m_part);
    const int previous = m_part->currentIndex();
    m_part->clear();
    if (kind == PeriodKind::Month) {
        const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
        for (int month = 1; month <= 12; ++month)
            m_part->addItem(swedish.standaloneMonthName(month));
        m_part->setCurrentIndex(QDate::currentDate().month() - 1);
    } else if (kind == PeriodKind::Quarter) {
        for (int quarter = 1; quarter <= 4; ++quarter)
            m_part->addItem(tr("Quarter %1").arg(quarter));
        m_part->setCurrentIndex(previous >= 0 && previous < 4 ? previous : 0);
    }
    m_year->setVisible(kind != PeriodKind::Custom);
    m_part->setVisible(kind == PeriodKind::Month || kind == PeriodKind::Quarter);
    m_from->setVisible(kind == PeriodKind::Custom);
    m_to->setVisible(kind == PeriodKind::Custom);
}

void StatisticsPage::setWorkspace(core::Workspace* workspace)
{
    disconnect(m_changed);
    m_workspace = workspace;
    if (m_workspace) {
        m_changed = connect(m_workspace, &core::Workspace::caseDataChanged, this, [this] {
            m_stale = true;
            if (isVisible())
                refresh();
        });
    }
    m_stale = true;
    if (isVisible() || !m_workspace)
        refresh();
}

void StatisticsPage::setPeriod(PeriodKind kind, int year, int part)
{
    {
        const QSignalBlocker kindBlocker(m_kind);
        const QSignalBlocker yearBlocker(m_year);
        m_kind->setCurrentIndex(int(kind));
        periodKindChanged();
        m_year->setValue(year);
        const QSignalBlocker partBlocker(m_part);
        if (m_part->count() > 0)
            m_part->setCurrentIndex(std::clamp(part - 1, 0, int(m_part->count()) - 1));
    }
    refresh();
}

void StatisticsPage::setCustomPeriod(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker kindBlocker(m_kind);
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_kind->setCurrentIndex(int(PeriodKind::Custom));
        periodKindChanged();
        m_from->setDate(from);
        m_to->setDate(to);
    }
    refresh();
}

core::StatisticsPeriod StatisticsPage::period() const
{
    const int year = m_year->value();
    switch (PeriodKind(m_kind->currentData().toInt())) {
    case PeriodKind::Month:
        return core::StatisticsPeriod::month(year, m_part->currentIndex() + 1);
    case PeriodKind::Quarter:
        return core::StatisticsPeriod::quarter(year, m_part->currentIndex() + 1);
    case PeriodKind::Year:
        return core::StatisticsPeriod::year(year);
    case PeriodKind::Custom:
        break;
    }
    return {std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date())};
}

QString StatisticsPage::periodText() const
{
    const core::StatisticsPeriod shown = period();
    return QStringLiteral("%1 – %2").arg(format::date(shown.from), format::date(shown.to));
}

void StatisticsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

int StatisticsPage::measureCount() const
{
    return int(m_report.tables().size()) + 2; // the months first, the unit's own work last
}

// The threshold can change in the settings while the program runs.
void StatisticsPage::updateNote()
{
    const int threshold = m_settings.smallNumberThreshold();
    m_note->setText(threshold == 0
                        ? tr("Print and export show every count too (Settings › Statistics).")
                        : tr("The screen shows every count. Print and export show counts from 1 to %1 as \"<%2\", "
                             "so that no patient can be recognised (Settings › Statistics).")
                              .arg(threshold)
                              .arg(threshold + 1));
}

void StatisticsPage::refresh()
{
    if (m_computing) {
        m_stale = true; // asked again meanwhile (the period changed): once more when this is done
        return;
    }
    m_stale = false;
    const int shownMeasure = std::max(0, m_measures->currentRow());
    m_report = m_workspace ? computeReport(period()) : core::StatisticsReport{};
    m_periodLabel->setText(tr("%1 · women, men and total").arg(periodText()));
    updateNote();
    updateKeyFigures();
    const QSignalBlocker blocker(m_measures);
    m_measures->clear();
    m_measures->addItem(tr("Active and new cases by month"));
    for (const core::StatisticsTable* table : m_report.tables())
        m_measures->addItem(table->title);
    m_measures->addItem(tr("Work for the unit"));
    // As wide as the longest measure's name at the current text size, so none is cut off.
    m_measures->setFixedWidth(std::clamp(m_measures->sizeHintForColumn(0) + 2 * m_measures->frameWidth() +
                                             m_measures->verticalScrollBar()->sizeHint().width() + 8,
                                         200, 560));
    m_measures->setCurrentRow(std::min(shownMeasure, int(m_measures->count()) - 1));
    showMeasure(m_measures->currentRow());
    if (m_stale && isVisible())
        QTimer::singleShot(0, this, &StatisticsPage::refresh);
}

// A past year at 50,000 cases takes up to a tenth of a second: computed on a worker, so the window keeps
// answering, with a busy indicator if it takes longer than a moment.
core::StatisticsReport StatisticsPage::computeReport(const core::StatisticsPeriod& shown)
{
    core::StatisticsReport report;
    core::ServiceContext& context = m_workspace->context();
    const QScopedValueRollback<bool> computing(m_computing, true);
    ProgressRunner::waitExclusive(this, context.db, tr("Computing the statistics…"),
                                  [&report, &context, shown] { report = core::Statistics(context).compute(shown); });
    return report;
}

void StatisticsPage::updateKeyFigures()
{
    // Colours from the palette and sizes relative to the text, so the cards follow a high-contrast theme and
    // larger text.
    const QString quiet = palette().color(QPalette::PlaceholderText).name();
    const auto card = [quiet](const QString& label, const QString& total, const QString& split) {
        return QStringLiteral("<div style='color:%4'>%1</div><div style='font-size:x-large; font-weight:bold'>%2</div>"
                              "<div>%3</div>")
            .arg(label.toHtmlEscaped(), total.toHtmlEscaped(), split.toHtmlEscaped(), quiet);
    };
    const auto split = [](const core::SexCounts& counts) {
        return tr("Women %1 · Men %2").arg(counts.women).arg(counts.men);
    };
    m_figures.at(0)->setText(card(tr("Active cases"), QString::number(m_report.active.total), split(m_report.active)));
    m_figures.at(1)->setText(card(tr("New cases"), QString::number(m_report.started.total), split(m_report.started)));
    m_figures.at(2)->setText(card(tr("Closed cases"), QString::number(m_report.closed.total), split(m_report.closed)));
    const core::SexMedians& medians = m_report.daysToFirstContact;
    const auto median = [](const std::optional<double>& days) {
        return days ? format::decimal(*days) : QStringLiteral("–");
    };
    QString contactSplit = tr("Women %1 · Men %2").arg(median(medians.women), median(medians.men));
    if (const auto fromList = m_report.daysToFirstContactFromList.total)
        contactSplit += tr(" · from the list %1").arg(median(fromList));
    m_figures.at(3)->setText(card(tr("Days to first contact (median)"), median(medians.total), contactSplit));
}

void StatisticsPage::showMeasure(int index)
{
    if (index < 0)
        return;
    if (m_measures->currentRow() != index) {
        const QSignalBlocker blocker(m_measures);
        m_measures->setCurrentRow(index);
    }
    const QList<const core::StatisticsTable*> tables = m_report.tables();
    if (index == tables.size() + 1)
        showView(StatisticsCharts::unitWork(m_report));
    else if (index == MonthsEntry || index > tables.size())
        showView(StatisticsCharts::months(m_report));
    else
        showView(StatisticsCharts::table(m_report, *tables.at(index - 1)));
}

void StatisticsPage::showView(const MeasureView& view)
{
    m_measureTitle->setText(view.title);
    QChart* old = m_chart->chart();
    m_chart->setChart(view.chart);
    delete old;
    fillTable(view.headings, view.rows);
}

void StatisticsPage::fillTable(const QStringList& headings, const QList<QStringList>& rows)
{
    m_table->clear();
    m_table->setColumnCount(int(headings.size()));
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels(headings);
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < headings.size() && column < rows.at(row).size(); ++column) {
            auto* item = new QTableWidgetItem(rows.at(row).at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

bool StatisticsPage::printReport()
{
    if (!m_workspace || (m_requireSigner && !m_requireSigner()))
        return false;
    const core::Letterhead letterhead =
        m_workspace->isDemo() ? m_settings.letterhead().forDemo() : m_settings.letterhead();
    const core::Document document = core::StatisticsDocument::report(
        m_report, {letterhead, m_settings.smallNumberThreshold(), QDateTime::currentDateTime(), m_workspace->isDemo()});
    // The report holds no patient data, so there is nothing to record on a case.
    DocumentPreviewDialog dialog(
        {document}, QString(), [](core::DocumentRecord&) {}, this);
    Prompts::exec(dialog);
    return true;
}

bool StatisticsPage::exportReport()
{
    m_lastError.clear();
    if (!m_workspace)
        return false;
    const core::StatisticsPeriod shown = period();
    const QString suggested = tr("Statistics %1–%2.xlsx").arg(format::date(shown.from), format::date(shown.to));
    const QString path =
        Prompts::chooseFile(this, Prompts::FileRequest::spreadsheetToSave(tr("Export statistics"), suggested));
    if (path.isEmpty())
        return false;
    const int threshold = m_settings.smallNumberThreshold();
    const QList<core::Sheet> sheets = core::SpreadsheetFile::formatOf(path) == core::SpreadsheetFile::Format::Xlsx
                                          ? core::StatisticsSheet::sheets(m_report, threshold)
                                          : QList<core::Sheet>{core::StatisticsSheet::singleSheet(m_report, threshold)};
    const core::ExportResult result = ProgressRunner::run(
        this, tr("Exporting the statistics…"), [sheets, path](const core::ExportProgress& progress) {
            return core::SpreadsheetFile::write(sheets, path, progress);
        });
    if (result.status == core::ExportResult::Status::Failed)
        m_lastError = result.error;
    return result.written();
}

} // namespace koordinera::ui
