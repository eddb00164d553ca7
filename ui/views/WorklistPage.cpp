// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/WorklistPage.h"

#include "core/workspace/Workspace.h"
#include "ui/models/WorklistModel.h"
#include "ui/widgets/ShownPatientsLog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

// Rows a little taller than the text: at the bare font height the dots of a capital Ö or Å were cut off.
class RoomyRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
        return size;
    }
};

} // namespace

WorklistPage::WorklistPage(QWidget* parent)
    : QWidget(parent), m_model(new WorklistModel(this)), m_view(new QTreeView(this)), m_heading(new QLabel(this)),
      m_empty(new QLabel(this)), m_body(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("worklistPage"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("worklistHeading"));

    m_view->setObjectName(QStringLiteral("worklistView"));
    m_view->setAccessibleName(tr("Worklist"));
    m_view->setModel(m_model);
    m_shownLog = new ShownPatientsLog(QStringLiteral("worklist"), this);
    m_shownLog->watch(m_view, [this](const QModelIndex& index) {
        const core::Worklist::Item* item = m_model->itemAt(index);
        return item ? ShownPatientsLog::Shown{item->caseId, item->caseId ? QString() : item->identity}
                    : ShownPatientsLog::Shown{};
    });
    // Groups fold: a unit's long lists of later matters need not push today's off the screen.
    m_view->setRootIsDecorated(true);
    m_view->setItemsExpandable(true);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(new RoomyRowDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(WorklistModel::Patient, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(WorklistModel::Reference, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(WorklistModel::Reason, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(WorklistModel::Date, QHeaderView::ResizeToContents);
    // Sized to the rows in view and a hundred more, not a thousand: measuring 3,000 cells each time Idag was
    // refreshed or shown held the window still for some 45 ms with a large unit's list.
    m_view->header()->setResizeContentsPrecision(100);
    connect(m_view, &QTreeView::activated, this, &WorklistPage::activate);
    const auto remember = [this](const QModelIndex& index, bool folded) {
        if (!m_applyingFolds && index.isValid() && !index.parent().isValid())
            m_foldedByUser.insert(m_model->kindOfGroup(index.row()), folded);
    };
    connect(m_view, &QTreeView::collapsed, this, [remember](const QModelIndex& index) { remember(index, true); });
    connect(m_view, &QTreeView::expanded, this, [remember](const QModelIndex& index) { remember(index, false); });
    connect(m_model, &WorklistModel::refreshed, this, [this] {
        applyFolding();
        // A heading spans the whole row, so "Aktiva ärenden utan bokad uppföljning (12)" is never cut off.
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_view->setFirstColumnSpanned(row, {}, true);
        m_body->setCurrentWidget(m_model->totalCount() ? static_cast<QWidget*>(m_view) : m_empty);
        updateHeading();
        Q_EMIT countChanged(m_model->totalCount());
    });

    m_empty->setObjectName(QStringLiteral("worklistEmpty"));
    m_empty->setText(tr("Nothing needs your attention today: no overdue actions, no meetings and no checkpoints "
                        "coming up."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(12);
    m_body->addWidget(m_view);
    m_body->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_body, 1);
}

void WorklistPage::setWorkspace(core::Workspace* workspace)
{
    m_workspace = workspace;
    m_shownLog->setWorkspace(workspace);
    m_model->setWorkspace(workspace);
}

void WorklistPage::updateHeading()
{
    if (!m_workspace) {
        m_heading->clear();
        return;
    }
    // The default locale is Swedish in Swedish (Translations.cpp): "måndag 23 november 2026".
    const QDate today = m_workspace->today();
    const QLocale locale;
    m_heading->setText(
        tr("Today, %1 %2, w. %3")
            .arg(locale.dayName(today.dayOfWeek()), locale.toString(today, QStringLiteral("d MMMM yyyy")))
            .arg(today.weekNumber()));
}

bool WorklistPage::startsFolded(core::Worklist::Kind kind, int count)
{
    using Kind = core::Worklist::Kind;
    constexpr int LongGroup = 10;
    const bool today = kind == Kind::OverdueAction || kind == Kind::MeetingToday || kind == Kind::MeetingThisWeek ||
                       kind == Kind::MeetingNotRecorded;
    return !today && count > LongGroup;
}

void WorklistPage::applyFolding()
{
    const QScopedValueRollback applying(m_applyingFolds, true);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const core::Worklist::Kind kind = m_model->kindOfGroup(row);
        const int count = m_model->rowCount(m_model->index(row, 0));
        m_view->setExpanded(m_model->index(row, 0), !m_foldedByUser.value(kind, startsFolded(kind, count)));
    }
}

void WorklistPage::activate(const QModelIndex& index)
{
    if (const auto* item = m_model->itemAt(index))
        Q_EMIT caseActivated(item->caseId, item->area);
}

} // namespace koordinera::ui
