// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/CaseListPage.h"

#include "core/domain/DomainText.h"
#include "core/domain/IcdCode.h"
#include "core/exchange/CaseListSheet.h"
#include "core/settings/Settings.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "core/xlsx/SpreadsheetFile.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/models/CaseListModel.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/ProgressRunner.h"
#include "ui/widgets/ShownPatientsLog.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace koordinera::ui {

using core::CaseListColumn;

CaseListPage::CaseListPage(core::Settings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_model(new CaseListModel(this)), m_search(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_length(new QComboBox(this)), m_sex(new QComboBox(this)),
      m_showClosed(new QCheckBox(tr("Show &closed"), this)), m_count(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)), m_empty(new QLabel(this)),
      m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("caseListPage"));
    // Out of sight in a window on screen, the list waits to be read until it is shown again.
    m_model->setHoldWhile([this] { return !isVisible() && window()->isVisible(); });
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, identity number, diagnosis or notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), -1);
    for (auto status : core::text::allValues<core::CaseStatus>())
        m_status->addItem(core::text::labelOf(status), int(status));
    m_length->setObjectName(QStringLiteral("lengthFilter"));
    m_length->addItem(tr("Any length"), int(core::LengthBucket::Any));
    m_length->addItem(tr("0–14 days"), int(core::LengthBucket::Days0To14));
    m_length->addItem(tr("15–30 days"), int(core::LengthBucket::Days15To30));
    m_length->addItem(tr("31–90 days"), int(core::LengthBucket::Days31To90));
    m_length->addItem(tr("91–180 days"), int(core::LengthBucket::Days91To180));
    m_length->addItem(tr("181–365 days"), int(core::LengthBucket::Days181To365));
    m_length->addItem(tr("1–2 years"), int(core::LengthBucket::Years1To2));
    m_length->addItem(tr("More than 2 years"), int(core::LengthBucket::Over2Years));
    m_sex->setObjectName(QStringLiteral("sexFilter"));
    m_sex->addItem(tr("Women and men"), -1);
    m_sex->addItem(tr("Women"), int(core::Sex::Female));
    m_sex->addItem(tr("Men"), int(core::Sex::Male));
    m_showClosed->setObjectName(QStringLiteral("showClosedCheck"));
    addDetailFilters();
    m_count->setObjectName(QStringLiteral("caseCount"));

    auto* newCase = new QPushButton(tr("&New case…"), this);
    m_newCase = newCase;
    newCase->setObjectName(QStringLiteral("newCaseButton"));
    newCase->setToolTip(tr("Register a new case (Ctrl+N)"));
    connect(newCase, &QPushButton::clicked, this, &CaseListPage::newCaseRequested);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportCaseListButton"));
    exportButton->setToolTip(tr("The listed cases with the columns shown, to Excel or CSV"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (!exportList() && !m_lastError.isEmpty())
            Prompts::error(this, m_lastError, tr("Export the case list"));
    });

    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_model);
    m_shownLog = new ShownPatientsLog(QStringLiteral("case_list"), this);
    m_shownLog->watch(m_table, [this](const QModelIndex& index) {
        return ShownPatientsLog::Shown{m_model->caseIdAt(index.row()), {}};
    });
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(CaseListColumn::Name), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose columns"));
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &CaseListPage::showColumnMenu);
    // A width the user drags is theirs from then on, and kept for the next time.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (m_fittingColumns || !m_table->isVisible() || isStretchedColumn(column))
            return;
        m_settings.setCaseListColumnsSizedByUser(true);
        saveColumnState();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, &CaseListPage::saveColumnState);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT caseActivated(m_model->caseIdAt(index.row())); });

    m_empty->setObjectName(QStringLiteral("emptyCaseList"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 12pt;"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    // Two rows, so that the page fits a 1024-pixel-wide laptop screen beside the navigation: the search and
    // what the user does with the list, then the filters.
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(12);
    searchRow->addWidget(newCase);
    searchRow->addWidget(exportButton);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_length);
    filters->addWidget(m_sex);
    filters->addWidget(m_showClosed);
    filters->addStretch(1);
    // Rehabstöd's further filters on their own row: beside the others they would not fit a small screen.
    auto* details = new QHBoxLayout;
    for (QComboBox* combo : {m_doctor, m_chapter, m_age, m_end})
        details->addWidget(combo);
    details->addStretch(1);
    chainTabOrder({m_search, newCase, exportButton, m_status, m_length, m_sex, m_showClosed, m_doctor, m_chapter, m_age,
                   m_end, m_table});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addLayout(details);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    // Filtering runs in SQL and is fast; the short delay only spares work while someone types quickly.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_searchDelay, &QTimer::timeout, this, &CaseListPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CaseListPage::applyFilter);
    for (QComboBox* combo : {m_status, m_length, m_sex, m_doctor, m_chapter, m_age, m_end})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilter);
    connect(m_showClosed, &QCheckBox::toggled, this, &CaseListPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseListPage::updateCount);
    restoreColumnState();
}

// The header resizes its sections while QWidget's destructor hides the children, after this page is gone.
CaseListPage::~CaseListPage()
{
    disconnect(m_table->horizontalHeader(), nullptr, this, nullptr);
}

QList<core::CaseListColumn> CaseListPage::visibleColumns() const
{
    QList<CaseListColumn> columns;
    const QHeaderView* header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(CaseListColumn(logical));
    }
    return columns;
}

bool CaseListPage::exportList()
{
    m_lastError.clear();
    core::Workspace* workspace = m_model->workspace();
    if (!workspace || m_model->rowCount() == 0)
        return false;
    const QList<CaseListColumn> columns = visibleColumns();
    QStringList headings;
    for (const CaseListColumn column : columns)
        headings.append(core::CaseListSheet::heading(column));
    const int count = m_model->rowCount();
    const QString question =
        tr("The file will hold patient data for %n patient(s) (%1). Outside Koordinera it is not protected: keep it "
           "where only those who may see it can reach it, and delete it when it has served its purpose. The export "
           "is recorded in the access log for every patient on the list.\n\nExport the case list?",
           nullptr, count)
            .arg(headings.join(QStringLiteral(", ")));
    if (!Prompts::confirm(this, question, tr("Export")))
        return false;
    const QString path = Prompts::chooseFile(
        this, Prompts::FileRequest::spreadsheetToSave(tr("Export the case list"),
                                                      tr("Cases %1.xlsx").arg(format::date(workspace->today()))));
    if (path.isEmpty())
        return false;
    // The rows are the list on screen (already read); building and writing the file is the worker's.
    const QList<core::CaseListRow> rows = m_model->shownRows();
    const QDate today = workspace->today();
    const core::ExportResult result = ProgressRunner::run(
        this, tr("Exporting %n case(s)…", nullptr, count),
        [rows, columns, today, path](const core::ExportProgress& progress) {
            return core::SpreadsheetFile::write({core::CaseListSheet::sheet(rows, columns, today)}, path, progress);
        });
    if (result.status == core::ExportResult::Status::Failed)
        m_lastError = result.error;
    if (!result.written())
        return false;
    QList<qint64> caseIds;
    caseIds.reserve(rows.size());
    for (const core::CaseListRow& row : rows)
        caseIds.append(row.caseId);
    try {
        workspace->audit().recordEach(core::AuditLog::Action::Export, caseIds, QStringLiteral("case_list"),
                                      QFileInfo(path).fileName());
    } catch (const core::StorageError& error) {
        // The file exists but its access could not be logged: it must not stay behind unrecorded.
        QFile::remove(path);
        m_lastError = error.userMessage();
        return false;
    }
    return true;
}

void CaseListPage::addDetailFilters()
{
    auto makeCombo = [this](const char* name, const QString& accessibleName) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QString::fromLatin1(name));
        combo->setAccessibleName(accessibleName);
        return combo;
    };
    m_doctor = makeCombo("doctorFilter", tr("Doctor"));
    m_doctor->addItem(tr("All doctors"), QString());
    m_doctor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chapter = makeCombo("chapterFilter", tr("Diagnosis chapter"));
    m_chapter->addItem(tr("All diagnosis chapters"), QString());
    for (const QString& chapter : core::IcdCode::chapters())
        m_chapter->addItem(chapter, chapter);
    // The chapters' names are long: the box shows the start, the list opens wide enough to read them whole.
    m_chapter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chapter->setMinimumContentsLength(22);
    m_chapter->view()->setMinimumWidth(m_chapter->view()->sizeHintForColumn(0) + 24);
    m_age = makeCombo("ageFilter", tr("Age"));
    m_age->addItem(tr("All ages"), int(core::AgeBand::Any));
    m_age->addItem(tr("Under 30"), int(core::AgeBand::Under30));
    m_age->addItem(tr("30–39 years"), int(core::AgeBand::From30To39));
    m_age->addItem(tr("40–49 years"), int(core::AgeBand::From40To49));
    m_age->addItem(tr("50–59 years"), int(core::AgeBand::From50To59));
    m_age->addItem(tr("60 and over"), int(core::AgeBand::From60));
    m_end = makeCombo("endFilter", tr("End of sick leave"));
    m_end->addItem(tr("Any end date"), int(core::EndFilter::Any));
    m_end->addItem(tr("Ends within 14 days"), int(core::EndFilter::Within14Days));
    m_end->addItem(tr("Ends within 30 days"), int(core::EndFilter::Within30Days));
    m_end->addItem(tr("Ends within 90 days"), int(core::EndFilter::Within90Days));
    m_end->addItem(tr("Has ended"), int(core::EndFilter::Ended));
}

// Fills the doctor filter with `doctors`; the one chosen stays chosen while it is among them, or with `keepChosen`
// regardless (its list is read later).
void CaseListPage::fillDoctors(QStringList doctors, bool keepChosen)
{
    const QString chosen = m_doctor->currentData().toString();
    if (keepChosen && !chosen.isEmpty() && !doctors.contains(chosen))
        doctors.prepend(chosen);
    const QSignalBlocker blocker(m_doctor);
    m_doctor->clear();
    m_doctor->addItem(tr("All doctors"), QString());
    for (const QString& doctor : std::as_const(doctors))
        m_doctor->addItem(doctor, doctor);
    m_doctor->setCurrentIndex(std::max(0, m_doctor->findData(chosen)));
}

// The doctors change with the staff list and the sick-leave list.
void CaseListPage::refreshDoctors()
{
    core::Workspace* workspace = m_model->workspace();
    if (workspace && !workspace->database().ownedByCurrentThread())
        return; // lent to a worker: the list is read again when the work is done
    fillDoctors(workspace ? workspace->caseList().doctors() : QStringList(), false);
}

void CaseListPage::setWorkspace(core::Workspace* workspace)
{
    const bool family = workspace && workspace->profile() == core::Profile::Family;
    m_newCase->setText(family ? tr("&New family…") : tr("&New case…"));
    if (family != m_family) {
        m_family = family;
        arrangeColumnsForProfile();
    }
    m_shownLog->setWorkspace(workspace);
    m_model->setWorkspace(workspace, currentFilter());
    // The doctors are read when the list is shown (showEvent), as its rows are; the previous file's go at once, and
    // a doctor chosen as filter stays chosen until then.
    if (isVisible() || !workspace)
        refreshDoctors();
    else
        fillDoctors({}, true);
}

void CaseListPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CaseListPage::applyFilter()
{
    if (ProgressRunner::isRunning()) {
        m_searchDelay->start(); // a worker is using the database (e.g. statistics): filter once it is done
        return;
    }
    m_searchDelay->stop();
    m_model->setFilter(currentFilter());
}

core::CaseListFilter CaseListPage::currentFilter() const
{
    core::CaseListFilter filter;
    filter.text = m_search->text();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = core::CaseStatus(status);
    filter.length = core::LengthBucket(m_length->currentData().toInt());
    if (const int sex = m_sex->currentData().toInt(); sex >= 0)
        filter.sex = core::Sex(sex);
    filter.showClosed = m_showClosed->isChecked();
    filter.doctor = m_doctor->currentData().toString();
    filter.chapter = m_chapter->currentData().toString();
    filter.age = core::AgeBand(m_age->currentData().toInt());
    filter.end = core::EndFilter(m_end->currentData().toInt());
    return filter;
}

void CaseListPage::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCases();
    if (shown > 0)
        fitColumnsOnce();
    m_count->setText(tr("Showing %1 of %n case(s)", nullptr, total).arg(shown));
    if (shown > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    m_empty->setText(total == 0 && m_family
                         ? tr("No families yet.\nRegister the first one with “New family…” (Ctrl+N).")
                     : total == 0 ? tr("No cases yet.\nRegister the first one with “New case…” (Ctrl+N).")
                                  : tr("No case matches the filter.\nChange the search or tick “Show closed”."));
    m_stack->setCurrentWidget(m_empty);
}

void CaseListPage::showColumnMenu(const QPoint& position)
{
    QMenu menu(this);
    auto* header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // Name identifies the row; it cannot be hidden.
        action->setEnabled(column != int(CaseListColumn::Name));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            {
                const QScopedValueRollback choosing(m_fittingColumns, true);
                header->setSectionHidden(column, !shown);
            }
            saveColumnState();
        });
    }
    menu.exec(header->mapToGlobal(position));
}

void CaseListPage::fitColumnsOnce()
{
    if (m_columnsFitted)
        return;
    m_columnsFitted = true;
    // Widths the user has set are kept; otherwise columns fit what they show once there are rows (names capped,
    // so one long name does not push the day and checkpoint columns out of sight).
    const QScopedValueRollback fitting(m_fittingColumns, true);
    auto* header = m_table->horizontalHeader();
    header->setResizeContentsPrecision(200);
    m_table->resizeColumnsToContents();
    const int nameLimit = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28;
    header->resizeSection(int(CaseListColumn::Name),
                          std::min(header->sectionSize(int(CaseListColumn::Name)), nameLimit));
    m_table->setColumnWidth(int(CaseListColumn::Occupation),
                            std::min(m_table->columnWidth(int(CaseListColumn::Occupation)), nameLimit * 2 / 3));
}

// The last column takes whatever width is left as the window changes size: that is not the user's choice.
bool CaseListPage::isStretchedColumn(int column) const
{
    const QHeaderView* header = m_table->horizontalHeader();
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            return logical == column;
    }
    return false;
}

// A family file has no sick leave of its own to list: those columns give way to the case reference. The clinic's
// saved arrangement is kept as it was, and comes back with a clinic's file.
void CaseListPage::arrangeColumnsForProfile()
{
    if (!m_family) {
        restoreColumnState();
        return;
    }
    const QScopedValueRollback arranging(m_fittingColumns, true);
    auto* header = m_table->horizontalHeader();
    for (int column = 0; column < int(CaseListColumn::Count); ++column)
        header->setSectionHidden(column, false);
    for (CaseListColumn column : {CaseListColumn::MainDiagnosis, CaseListColumn::Occupation, CaseListColumn::Start,
                                  CaseListColumn::End, CaseListColumn::Length, CaseListColumn::Degree,
                                  CaseListColumn::SickDay, CaseListColumn::NextCheckpoint, CaseListColumn::Doctor})
        header->setSectionHidden(int(column), true);
}

void CaseListPage::saveColumnState()
{
    if (m_family)
        return; // the arrangement saved is a clinic's
    m_settings.setCaseListHeaderState(m_table->horizontalHeader()->saveState());
}

void CaseListPage::restoreColumnState()
{
    const QByteArray state = m_settings.caseListHeaderState();
    bool restored = false;
    {
        const QScopedValueRollback restoring(m_fittingColumns, true);
        restored = !state.isEmpty() && m_table->horizontalHeader()->restoreState(state);
    }
    // Which columns and in what order come from the saved state; the widths only when the user set them (a state
    // saved while the list was still empty held the headings' widths, which cut names and statuses).
    m_columnsFitted = restored && m_settings.caseListColumnsSizedByUser();
    if (!restored) {
        // First run: the case reference is there if wanted, but Rehabstöd's columns come first.
        m_table->horizontalHeader()->setSectionHidden(int(CaseListColumn::Reference), true);
        m_table->horizontalHeader()->setSectionHidden(int(CaseListColumn::Doctor), true);
    }
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    // The restored sort indicator is only a picture; the model must sort the same way.
    m_model->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                  m_table->horizontalHeader()->sortIndicatorOrder());
}

void CaseListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshDoctors();
    m_model->refreshIfStale();
}

} // namespace koordinera::ui
