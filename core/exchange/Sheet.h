// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

namespace koordinera::core {

// A typed table on its way to a spreadsheet (issue 6): the same sheet is written as CSV for Swedish Excel or
// as XLSX. A cell is a QString, an integer, a double or a QDate (an invalid QVariant is an empty cell); the
// writer decides by the cell's type, so a hidden small number ("<5") stays text in a column of counts.
struct SheetColumn
{
    enum class Kind
    {
        Text,
        Integer,
        Decimal,
        Date,
    };

    QString heading;
    Kind kind = Kind::Text;
    int width = 12; // in characters, for XLSX
    int decimals = 0;
};

struct Sheet
{
    QString name; // the worksheet's name (at most 31 characters in XLSX)
    QList<SheetColumn> columns;
    QList<QVariantList> rows;

    void addColumn(const QString& heading, SheetColumn::Kind kind, int width, int decimals = 0)
    {
        columns.append(SheetColumn{heading, kind, width, decimals});
    }
};

// How a file export ended; nothing is left behind unless it was written.
struct ExportResult
{
    enum class Status
    {
        Written,
        Cancelled,
        Failed,
    };
    Status status = Status::Written;
    QString error; // translated, for the user, when it failed

    bool written() const { return status == Status::Written; }
    static ExportResult cannotWrite(const QString& path)
    {
        return {Status::Failed,
                QCoreApplication::translate("Export", "The file %1 could not be written. Check that the folder exists, "
                                                      "that you may write there and that the disk is not full.")
                    .arg(path)};
    }
};

// Long exports report how far they have come and may be stopped: `step(done, total)` returns false to
// cancel. It may be called from a worker thread.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace koordinera::core
