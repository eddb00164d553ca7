// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "ui/models/CaseListModel.h"
#include "ui/models/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

using namespace koordinera;

TEST_CASE("The case list model passes QAbstractItemModelTester through filtering, sorting and edits", "[ui][model]")
{
    auto workspace = core::Workspace::demo({}, QStringLiteral("Test"), 60);
    ui::CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());
    const int open = model.rowCount();
    CHECK(open > 0);
    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
    core::CaseListFilter filter;
    filter.showClosed = true;
    model.setFilter(filter);
    CHECK(model.rowCount() == 60);
    CHECK(model.rowCount() > open);
    filter.text = QStringLiteral("Andersson");
    model.setFilter(filter);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, int(core::CaseListColumn::Name))
                  .data()
                  .toString()
                  .startsWith(QStringLiteral("Andersson")));

    // A committed change refreshes the model by itself.
    filter.text.clear();
    model.setFilter(filter);
    tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    CHECK(model.rowCount() == 61);
    model.setWorkspace(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The record table model passes QAbstractItemModelTester", "[ui][model]")
{
    ui::RecordTableModel model({QStringLiteral("A"), QStringLiteral("B")});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(
        {{1, {QStringLiteral("x"), QStringLiteral("y")}, ui::RecordTableModel::Tone::Warning, QStringLiteral("tip")},
         {2, {QStringLiteral("z")}, ui::RecordTableModel::Tone::Normal, {}}});
    CHECK(model.rowCount() == 2);
    CHECK(model.index(1, 1).data().toString().isEmpty());
    CHECK(model.rowOfId(2) == 1);
    CHECK(model.index(0, 0).data(Qt::ToolTipRole).toString() == QStringLiteral("tip"));
    model.setRows({});
    CHECK(model.rowCount() == 0);
}
