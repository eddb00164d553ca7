// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Family.h"
#include "ui/dialogs/RecordDialog.h"

class QCheckBox;
class QComboBox;

namespace koordinera::ui {

// The family support's follow-up in one form (issue 23): for each parent whether they are sick-listed, their
// occupation and their own rating of how manageable the situation is, at the start and at the end; and whether
// the network around the child works. What is not known yet is left "not recorded".
class FollowUpDialog : public RecordDialog
{
    Q_OBJECT

public:
    FollowUpDialog(const QList<core::FamilyParent>& parents, const QStringList& parentNames,
                   const core::FamilyNetwork& network, QWidget* parent = nullptr);

    QList<core::FamilyParent> parents() const;
    core::FamilyNetwork network() const;

protected:
    core::FieldErrors validate() const override;

private:
    struct ParentFields
    {
        QCheckBox* sickListed;
        QComboBox* occupationAtStart;
        QComboBox* ratingAtStart;
        QComboBox* occupationAtEnd;
        QComboBox* ratingAtEnd;
    };
    QWidget* parentBox(const core::FamilyParent& parent, const QString& name, int index);

    QList<core::FamilyParent> m_parents;
    core::FamilyNetwork m_network;
    QList<ParentFields> m_fields;
    QComboBox* m_networkAtStart;
    QComboBox* m_networkAtEnd;
};

} // namespace koordinera::ui
