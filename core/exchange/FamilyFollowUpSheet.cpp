// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/FamilyFollowUpSheet.h"

#include "core/domain/DomainText.h"
#include "core/domain/Family.h"

#include <QCoreApplication>

namespace koordinera::core::FamilyFollowUpSheet {

namespace {

template <typename E> QVariant labelOrEmpty(const std::optional<E>& value)
{
    return value ? QVariant(text::labelOf(*value)) : QVariant();
}

QVariant numberOrEmpty(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

// A parent's seven columns; an empty set for a family with one parent.
void addParentColumns(Sheet& sheet, int position)
{
    const QString parent = QCoreApplication::translate("FamilyFollowUpSheet", "Parent %1").arg(position);
    sheet.addColumn(parent + QStringLiteral(": ") + QCoreApplication::translate("FamilyFollowUpSheet", "sex"),
                    SheetColumn::Kind::Text, 10);
    sheet.addColumn(parent + QStringLiteral(": ") +
                        QCoreApplication::translate("FamilyFollowUpSheet", "age at the start"),
                    SheetColumn::Kind::Text, 12);
    sheet.addColumn(parent + QStringLiteral(": ") + QCoreApplication::translate("FamilyFollowUpSheet", "sick-listed"),
                    SheetColumn::Kind::Text, 10);
    sheet.addColumn(parent + QStringLiteral(": ") +
                        QCoreApplication::translate("FamilyFollowUpSheet", "occupation at the start"),
                    SheetColumn::Kind::Text, 18);
    sheet.addColumn(parent + QStringLiteral(": ") +
                        QCoreApplication::translate("FamilyFollowUpSheet", "occupation at the end"),
                    SheetColumn::Kind::Text, 18);
    sheet.addColumn(parent + QStringLiteral(": ") +
                        QCoreApplication::translate("FamilyFollowUpSheet", "manageable at the start (1–5)"),
                    SheetColumn::Kind::Integer, 14);
    sheet.addColumn(parent + QStringLiteral(": ") +
                        QCoreApplication::translate("FamilyFollowUpSheet", "manageable at the end (1–5)"),
                    SheetColumn::Kind::Integer, 14);
}

void appendParent(QVariantList& row, const ClosedSupport::Parent* parent)
{
    if (!parent) {
        for (int column = 0; column < 7; ++column)
            row.append(QVariant());
        return;
    }
    row << (parent->sex == Sex::Unknown ? QVariant() : QVariant(text::labelOf(parent->sex))) << parent->ageBand
        << (parent->sickListed ? QCoreApplication::translate("FamilyFollowUpSheet", "yes")
                               : QCoreApplication::translate("FamilyFollowUpSheet", "no"))
        << labelOrEmpty(parent->occupationAtStart) << labelOrEmpty(parent->occupationAtEnd)
        << numberOrEmpty(parent->ratingAtStart) << numberOrEmpty(parent->ratingAtEnd);
}

} // namespace

Sheet sheet(const QList<ClosedSupport>& supports)
{
    Sheet result;
    result.name = QCoreApplication::translate("FamilyFollowUpSheet", "Follow-up");
    result.addColumn(QCoreApplication::translate("FamilyFollowUpSheet", "Support"), SheetColumn::Kind::Integer, 8);
    result.addColumn(QCoreApplication::translate("FamilyFollowUpSheet", "Started (month)"), SheetColumn::Kind::Text,
                     10);
    result.addColumn(QCoreApplication::translate("FamilyFollowUpSheet", "Ended (month)"), SheetColumn::Kind::Text, 10);
    result.addColumn(QCoreApplication::translate("FamilyFollowUpSheet", "Days in support"), SheetColumn::Kind::Integer,
                     10);
    result.addColumn(QCoreApplication::translate("FamilyFollowUpSheet", "Reason for closing"), SheetColumn::Kind::Text,
                     24);
    result.addColumn(QCoreApplication::translate("FamilyFollowUpSheet", "Parents"), SheetColumn::Kind::Integer, 8);
    for (int position = 1; position <= FamilyRules::MaxParents; ++position)
        addParentColumns(result, position);
    const QStringList bands = FamilyStatistics::ageBands();
    result.addColumn(QCoreApplication::translate("FamilyFollowUpSheet", "Children"), SheetColumn::Kind::Integer, 8);
    for (const QString& band : bands)
        result.addColumn(QCoreApplication::translate("FamilyFollowUpSheet", "Children %1").arg(band),
                         SheetColumn::Kind::Integer, 10);
    result.addColumn(QCoreApplication::translate("FamilyFollowUpSheet", "Actors in the network"),
                     SheetColumn::Kind::Integer, 10);
    result.addColumn(QCoreApplication::translate("FamilyFollowUpSheet", "The network works at the start"),
                     SheetColumn::Kind::Text, 16);
    result.addColumn(QCoreApplication::translate("FamilyFollowUpSheet", "The network works at the end"),
                     SheetColumn::Kind::Text, 16);

    for (const ClosedSupport& support : supports) {
        QVariantList row{support.number,
                         support.startMonth,
                         support.endMonth,
                         support.daysInSupport,
                         FamilyRules::outcomeLabel(Profile::Family, support.outcome),
                         int(support.parents.size())};
        for (int index = 0; index < FamilyRules::MaxParents; ++index)
            appendParent(row, index < support.parents.size() ? &support.parents.at(index) : nullptr);
        int children = 0;
        for (const int count : support.childrenByAgeBand)
            children += count;
        row << children;
        for (const int count : support.childrenByAgeBand)
            row << count;
        row << support.networkActors << labelOrEmpty(support.networkAtStart) << labelOrEmpty(support.networkAtEnd);
        result.rows.append(row);
    }
    return result;
}

} // namespace koordinera::core::FamilyFollowUpSheet
