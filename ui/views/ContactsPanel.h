// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Consent.h"
#include "core/records/ActorRepository.h"
#include "ui/models/RecordListModel.h"
#include "ui/views/CasePanel.h"

class QTableView;

namespace koordinera::ui {

// Who the case has contact with: organisations, their people and roles, and whether a consent covers sharing with
// each of them.
class ContactsPanel : public CasePanel
{
    Q_OBJECT

public:
    explicit ContactsPanel(QWidget* parent = nullptr);
    void refresh() override;

    void addContact();
    void editContact();
    void removeContact();

private:
    const core::CaseContactView* selectedContact() const;

    // The case's consents, read with the contacts: a contact's row says whether one covers it.
    QList<core::Consent> m_consents;
    RecordListModel<core::CaseContactView>* m_contacts;
    QTableView* m_table = nullptr;
};

} // namespace koordinera::ui
