// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CaseListSheet.h"

#include "core/domain/DomainText.h"
#include "core/domain/Format.h"
#include "core/domain/IcdCode.h"
#include "core/domain/IdentityNumber.h"

#include <QCoreApplication>

namespace koordinera::core::CaseListSheet {

QString heading(CaseListColumn column)
{
    switch (column) {
    case CaseListColumn::Status:
        return QCoreApplication::translate("CaseList", "Status");
    case CaseListColumn::Identity:
        return QCoreApplication::translate("CaseList", "Identity number");
    case CaseListColumn::Name:
        return QCoreApplication::translate("CaseList", "Name");
    case CaseListColumn::Age:
        return QCoreApplication::translate("CaseList", "Age");
    case CaseListColumn::Sex:
        return QCoreApplication::translate("CaseList", "Sex");
    case CaseListColumn::MainDiagnosis:
        return QCoreApplication::translate("CaseList", "Diagnosis");
    case CaseListColumn::Occupation:
        return QCoreApplication::translate("CaseList", "Occupation");
    case CaseListColumn::Start:
        return QCoreApplication::translate("CaseList", "Start");
    case CaseListColumn::End:
        return QCoreApplication::translate("CaseList", "End");
    case CaseListColumn::Length:
        return QCoreApplication::translate("CaseList", "Length");
    case CaseListColumn::Degree:
        return QCoreApplication::translate("CaseList", "Degree");
    case CaseListColumn::SickDay:
        return QCoreApplication::translate("CaseList", "Day");
    case CaseListColumn::NextCheckpoint:
        return QCoreApplication::translate("CaseList", "Next checkpoint");
    case CaseListColumn::Doctor:
        return QCoreApplication::translate("CaseList", "Doctor");
    case CaseListColumn::Reference:
    case CaseListColumn::Count:
        break;
    }
    return QCoreApplication::translate("CaseList", "Case");
}

QVariant value(const CaseListRow& row, CaseListColumn column, const QDate& today)
{
    switch (column) {
    case CaseListColumn::Status:
        return text::labelOf(row.status);
    case CaseListColumn::Identity:
        return IdentityNumber::fromStored(row.identity, row.identityKind).display();
    case CaseListColumn::Name:
        return QStringLiteral("%1, %2").arg(row.familyName, row.givenName);
    case CaseListColumn::Age: {
        const int age = IdentityNumber::fromStored(row.identity, row.identityKind).ageOn(today);
        return age >= 0 ? QVariant(age) : QVariant();
    }
    case CaseListColumn::Sex:
        return row.sex == Sex::Unknown ? QString() : text::labelOf(row.sex);
    case CaseListColumn::MainDiagnosis:
        return IcdCode::display(row.mainDiagnosis);
    case CaseListColumn::Occupation:
        return row.occupation == Occupation::Unknown ? QString() : text::labelOf(row.occupation);
    case CaseListColumn::Start:
        return row.start.isValid() ? QVariant(row.start) : QVariant();
    case CaseListColumn::End:
        if (row.hasSickLeave && !row.end.isValid())
            return QCoreApplication::translate("CaseList", "until further notice");
        return row.end.isValid() ? QVariant(row.end) : QVariant();
    case CaseListColumn::Length:
        return row.hasSickLeave ? QVariant(row.lengthDays) : QVariant();
    case CaseListColumn::Degree:
        return row.hasSickLeave ? QVariant(row.degree) : QVariant();
    case CaseListColumn::SickDay:
        return row.sickDay ? QVariant(*row.sickDay) : QVariant();
    case CaseListColumn::NextCheckpoint:
        return row.nextCheckpoint ? format::checkpoint(*row.nextCheckpoint) : QString();
    case CaseListColumn::Doctor:
        return row.doctor;
    case CaseListColumn::Reference:
    case CaseListColumn::Count:
        break;
    }
    return row.reference;
}

namespace {

SheetColumn columnSpec(CaseListColumn column)
{
    using Kind = SheetColumn::Kind;
    switch (column) {
    case CaseListColumn::Age:
        return {heading(column), Kind::Integer, 7, 0};
    case CaseListColumn::Length:
        return {QCoreApplication::translate("CaseList", "Length (days)"), Kind::Integer, 10, 0};
    case CaseListColumn::SickDay:
        return {heading(column), Kind::Integer, 7, 0};
    case CaseListColumn::Degree:
        return {QCoreApplication::translate("CaseList", "Degree (%)"), Kind::Integer, 11, 0};
    case CaseListColumn::Start:
    case CaseListColumn::End:
        return {heading(column), Kind::Date, 14, 0};
    case CaseListColumn::Name:
        return {heading(column), Kind::Text, 30, 0};
    case CaseListColumn::MainDiagnosis:
    case CaseListColumn::Occupation:
    case CaseListColumn::NextCheckpoint:
    case CaseListColumn::Doctor:
        return {heading(column), Kind::Text, 22, 0};
    case CaseListColumn::Identity:
        return {heading(column), Kind::Text, 16, 0};
    default:
        return {heading(column), Kind::Text, 12, 0};
    }
}

} // namespace

Sheet sheet(const QList<CaseListRow>& rows, const QList<CaseListColumn>& columns, const QDate& today)
{
    Sheet result;
    result.name = QCoreApplication::translate("CaseList", "Cases");
    for (const CaseListColumn column : columns)
        result.columns.append(columnSpec(column));
    result.rows.reserve(rows.size());
    for (const CaseListRow& row : rows) {
        QVariantList cells;
        cells.reserve(columns.size());
        for (const CaseListColumn column : columns)
            cells.append(value(row, column, today));
        result.rows.append(cells);
    }
    return result;
}

QList<CaseListColumn> allColumns()
{
    QList<CaseListColumn> columns;
    for (int column = 0; column < int(CaseListColumn::Count); ++column)
        columns.append(CaseListColumn(column));
    return columns;
}

} // namespace koordinera::core::CaseListSheet
