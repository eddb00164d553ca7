// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/RecordTableModel.h"

#include <functional>

namespace koordinera::ui {

// A table over domain records (periods, consents, activities, …): it holds the records themselves, so a view asks
// it for the record on a row, and formats each one for display in one place. A template, so it adds no signals to
// RecordTableModel.
template <typename Record> class RecordListModel : public RecordTableModel
{
public:
    using Formatter = std::function<Row(const Record& record)>;

    RecordListModel(QStringList headers, Formatter format, QObject* parent = nullptr)
        : RecordTableModel(std::move(headers), parent), m_format(std::move(format))
    {}

    void setRecords(QList<Record> records)
    {
        QList<Row> rows;
        rows.reserve(records.size());
        for (const Record& record : records)
            rows.append(m_format(record));
        m_records = std::move(records);
        setRows(std::move(rows));
    }
    const QList<Record>& records() const { return m_records; }
    const Record* recordAt(int row) const { return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr; }

private:
    Formatter m_format;
    QList<Record> m_records;
};

} // namespace koordinera::ui
