// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/FollowUpDialog.h"

#include "core/domain/DomainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

// The first item is "not recorded": the follow-up is filled in as the support goes, not all at once.
template <typename E>
QComboBox* optionalCombo(const std::optional<E>& value, const QString& objectName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(FollowUpDialog::tr("Not recorded"), -1);
    for (E option : core::text::allValues<E>())
        combo->addItem(core::text::labelOf(option), int(option));
    combo->setCurrentIndex(value ? combo->findData(int(*value)) : 0);
    return combo;
}

QComboBox* ratingCombo(const std::optional<int>& value, const QString& objectName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(FollowUpDialog::tr("Not recorded"), -1);
    for (int rating = core::FamilyRules::LowestRating; rating <= core::FamilyRules::HighestRating; ++rating) {
        QString text = QString::number(rating);
        if (rating == core::FamilyRules::LowestRating)
            text = FollowUpDialog::tr("%1 – not manageable at all").arg(rating);
        else if (rating == core::FamilyRules::HighestRating)
            text = FollowUpDialog::tr("%1 – fully manageable").arg(rating);
        combo->addItem(text, rating);
    }
    combo->setCurrentIndex(value ? combo->findData(*value) : 0);
    return combo;
}

template <typename E> std::optional<E> chosen(const QComboBox* combo)
{
    const int value = combo->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<E>(E(value));
}

std::optional<int> chosenRating(const QComboBox* combo)
{
    const int value = combo->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<int>(value);
}

// Each parent's fields are named apart ("p1.ratingAtStart"), so a reason shows beside the right parent.
QString fieldOf(int index, const QString& field)
{
    return QStringLiteral("p%1.%2").arg(index + 1).arg(field);
}

} // namespace

FollowUpDialog::FollowUpDialog(const QList<core::FamilyParent>& parents, const QStringList& parentNames,
                               const core::FamilyNetwork& network, QWidget* parent)
    : RecordDialog(tr("Follow-up of the support"), parent), m_parents(parents), m_network(network)
{
    setObjectName(QStringLiteral("followUpDialog"));
    auto* body = new QWidget(this);
    auto* columns = new QHBoxLayout(body);
    columns->setContentsMargins(0, 0, 0, 0);
    for (int index = 0; index < m_parents.size(); ++index)
        columns->addWidget(parentBox(m_parents.at(index), parentNames.value(index), index), 1, Qt::AlignTop);
    setBody(body);

    m_networkAtStart = optionalCombo(m_network.atStart, QStringLiteral("networkAtStartCombo"), this);
    m_networkAtEnd = optionalCombo(m_network.atEnd, QStringLiteral("networkAtEndCombo"), this);
    formErrors().addRow(form(), tr("The network works, at the s&tart"), m_networkAtStart,
                        QStringLiteral("networkAtStart"));
    formErrors().addRow(form(), tr("The network works, at the &end"), m_networkAtEnd, QStringLiteral("networkAtEnd"));
    for (QComboBox* combo : {m_networkAtStart, m_networkAtEnd})
        connect(combo, &QComboBox::currentIndexChanged, this, &FollowUpDialog::revalidate);
    setMinimumWidth(m_parents.size() > 1 ? 820 : 480);
}

QWidget* FollowUpDialog::parentBox(const core::FamilyParent& parent, const QString& name, int index)
{
    auto* box = new QGroupBox(name, this);
    box->setObjectName(QStringLiteral("parentBox%1").arg(index + 1));
    auto* layout = new QFormLayout(box);
    const QString suffix = QString::number(index + 1);
    ParentFields fields{new QCheckBox(tr("Sick-listed now"), box),
                        optionalCombo(parent.occupationAtStart, QStringLiteral("occupationAtStartCombo") + suffix, box),
                        ratingCombo(parent.ratingAtStart, QStringLiteral("ratingAtStartCombo") + suffix, box),
                        optionalCombo(parent.occupationAtEnd, QStringLiteral("occupationAtEndCombo") + suffix, box),
                        ratingCombo(parent.ratingAtEnd, QStringLiteral("ratingAtEndCombo") + suffix, box)};
    fields.sickListed->setObjectName(QStringLiteral("sickListedCheck") + suffix);
    fields.sickListed->setChecked(parent.sickListed);
    fields.sickListed->setToolTip(tr("The case then shows the sick-leave chain, for this parent's sick leave."));
    layout->addRow(fields.sickListed);
    formErrors().addRow(layout, tr("Occupation at the start"), fields.occupationAtStart,
                        fieldOf(index, QStringLiteral("occupationAtStart")));
    formErrors().addRow(layout, tr("Manageable at the start"), fields.ratingAtStart,
                        fieldOf(index, QStringLiteral("ratingAtStart")));
    formErrors().addRow(layout, tr("Occupation at the end"), fields.occupationAtEnd,
                        fieldOf(index, QStringLiteral("occupationAtEnd")));
    formErrors().addRow(layout, tr("Manageable at the end"), fields.ratingAtEnd,
                        fieldOf(index, QStringLiteral("ratingAtEnd")));
    for (QComboBox* combo :
         {fields.occupationAtStart, fields.ratingAtStart, fields.occupationAtEnd, fields.ratingAtEnd})
        connect(combo, &QComboBox::currentIndexChanged, this, &FollowUpDialog::revalidate);
    m_fields.append(fields);
    return box;
}

QList<core::FamilyParent> FollowUpDialog::parents() const
{
    QList<core::FamilyParent> result = m_parents;
    for (int index = 0; index < result.size(); ++index) {
        const ParentFields& fields = m_fields.at(index);
        core::FamilyParent& parent = result[index];
        parent.sickListed = fields.sickListed->isChecked();
        parent.occupationAtStart = chosen<core::ParentOccupation>(fields.occupationAtStart);
        parent.ratingAtStart = chosenRating(fields.ratingAtStart);
        parent.occupationAtEnd = chosen<core::ParentOccupation>(fields.occupationAtEnd);
        parent.ratingAtEnd = chosenRating(fields.ratingAtEnd);
    }
    return result;
}

core::FamilyNetwork FollowUpDialog::network() const
{
    core::FamilyNetwork result = m_network;
    result.atStart = chosen<core::NetworkFunction>(m_networkAtStart);
    result.atEnd = chosen<core::NetworkFunction>(m_networkAtEnd);
    return result;
}

core::FieldErrors FollowUpDialog::validate() const
{
    core::FieldErrors errors;
    const QList<core::FamilyParent> current = parents();
    for (int index = 0; index < current.size(); ++index) {
        for (core::FieldError error : core::FamilyRules::parent(current.at(index))) {
            error.field = fieldOf(index, error.field);
            errors.append(error);
        }
    }
    errors += core::FamilyRules::network(network());
    return errors;
}

} // namespace koordinera::ui
