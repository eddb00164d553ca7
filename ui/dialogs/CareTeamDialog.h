// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Staff.h"
#include "ui/dialogs/RecordDialog.h"

#include <functional>

class QListWidget;

namespace koordinera::ui {

// Who in the unit's staff works with the case: its doctor and care team (issue 21), ticked from the staff list.
// Someone taken out of use stays ticked on the cases that named them, and can be unticked there.
class CareTeamDialog : public RecordDialog
{
    Q_OBJECT

public:
    CareTeamDialog(const QList<core::StaffMember>& staff, const QList<core::StaffMember>& team,
                   QWidget* parent = nullptr);
    // The "Staff at the unit…" button runs this and then asks for the list again.
    void setStaffEditor(std::function<QList<core::StaffMember>()> editor);
    QList<qint64> chosen() const;
    void setChosen(qint64 staffId, bool chosen);

protected:
    core::FieldErrors validate() const override { return {}; }

private:
    void fill(const QList<core::StaffMember>& staff, const QList<qint64>& chosen);

    QList<core::StaffMember> m_team;
    QListWidget* m_list;
    class QLabel* m_empty;
    class QPushButton* m_editStaff;
    std::function<QList<core::StaffMember>()> m_staffEditor;
};

} // namespace koordinera::ui
