// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <functional>

class QAbstractItemView;
class QModelIndex;
class QWidget;
class QTimer;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

// Showing patients in a list is reading their data (patientdatalagen): the case list, Idag, the calendar. This
// records, for one view, which patients were on the screen: once the view has settled after a scroll, a refresh or
// a fold, one access-log entry names the patients shown that this view has not already shown since the file was
// opened. So the log learns of every patient seen without an entry per repaint.
class ShownPatientsLog : public QObject
{
    Q_OBJECT

public:
    // A patient on a row: their case, or, for a patient without one (the sick-leave list), their identity number.
    struct Shown
    {
        qint64 caseId = 0;
        QString identity;
    };
    using RowReader = std::function<Shown(const QModelIndex&)>;

    ShownPatientsLog(const QString& view, QObject* parent);

    // A new file is a new session: everyone shown is shown anew.
    void setWorkspace(core::Workspace* workspace);
    // Follows `view` (its model set): the rows in its viewport, read by `reader`, are recorded when it settles.
    void watch(QAbstractItemView* view, RowReader reader);
    // Records these patients now (a list without an item view, e.g. the calendar's week).
    void shown(const QList<Shown>& patients);
    // Records what the watched view shows now, without waiting for it to settle.
    void recordNow();

    static constexpr int SettleMs = 400;

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    QList<Shown> visibleRows() const;

    QString m_view;
    core::Workspace* m_workspace = nullptr;
    // Guarded: the view may go before this object does, and its viewport sends events while it is destroyed.
    QPointer<QAbstractItemView> m_itemView;
    QPointer<QWidget> m_viewport;
    RowReader m_reader;
    QTimer* m_settle;
    QList<Shown> m_pending; // shown while a worker had the connection
    QSet<qint64> m_shownCases;
    QSet<QString> m_shownIdentities;
};

} // namespace koordinera::ui
