// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Consent.h"
#include "ui/models/RecordListModel.h"
#include "ui/views/CasePanel.h"

class QTableView;

namespace koordinera::ui {

// The case's consents: what each covers, with whom, how it was given and whether it holds today. Consents are never
// deleted; a withdrawal or an end date is registered instead.
class ConsentsPanel : public CasePanel
{
    Q_OBJECT

public:
    explicit ConsentsPanel(QWidget* parent = nullptr);
    void refresh() override;

    void setDocumentActions(class CaseDocumentActions* documents) { m_documents = documents; }
    void addConsent();
    void editConsent();

private:
    RecordListModel<core::Consent>* m_consents;
    QTableView* m_table = nullptr;
    class CaseDocumentActions* m_documents = nullptr;
};

} // namespace koordinera::ui
