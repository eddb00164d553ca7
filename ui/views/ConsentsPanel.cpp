// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/ConsentsPanel.h"

#include "core/domain/DomainText.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/commands/RecordCommands.h"
#include "ui/dialogs/ConsentDialog.h"
#include "ui/documents/CaseDocumentActions.h"
#include "ui/widgets/Accessibility.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

QString stateText(core::Consent::State state)
{
    switch (state) {
    case core::Consent::State::Valid:
        return ConsentsPanel::tr("Valid");
    case core::Consent::State::NotYetValid:
        return ConsentsPanel::tr("Not yet valid");
    case core::Consent::State::Expired:
        return ConsentsPanel::tr("Expired");
    case core::Consent::State::Withdrawn:
        return ConsentsPanel::tr("Withdrawn");
    }
    return {};
}

RecordTableModel::Tone toneOf(core::Consent::State state)
{
    switch (state) {
    case core::Consent::State::Valid:
        return RecordTableModel::Tone::Normal;
    case core::Consent::State::Withdrawn:
        return RecordTableModel::Tone::Muted;
    default:
        return RecordTableModel::Tone::Warning;
    }
}

} // namespace

ConsentsPanel::ConsentsPanel(QWidget* parent) : CasePanel(parent)
{
    m_consents = new RecordListModel<core::Consent>(
        {tr("Covers"), tr("Counterparty"), tr("Form"), tr("Given"), tr("Valid until"), tr("State"), tr("Recorded by")},
        [this](const core::Consent& consent) -> RecordTableModel::Row {
            QString counterparty = consent.counterparty;
            if (consent.actorId) {
                if (const auto actor = m_workspace->actors().actor(consent.actorId))
                    counterparty =
                        counterparty.isEmpty() ? actor->name : actor->name + QStringLiteral(", ") + counterparty;
            }
            const auto state = consent.stateOn(m_workspace->today());
            return {consent.id,
                    {core::text::labelOf(consent.scope), counterparty, core::text::labelOf(consent.form),
                     format::date(consent.givenOn),
                     consent.validUntil.isValid() ? format::date(consent.validUntil) : tr("until further notice"),
                     stateText(state), consent.recordedBy},
                    toneOf(state),
                    consent.information};
        },
        this);
    m_table = makeTable(m_consents, 1, [this] { editConsent(); });
    m_table->setObjectName(QStringLiteral("consentTable"));
    m_table->setAccessibleName(tr("Consents"));
    auto* hint = new QLabel(tr("Consents are not deleted: register a withdrawal or an end date instead."), this);
    hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    auto* buttons = new QHBoxLayout;

    auto* form = makeButton(tr("Consent form…"), QStringLiteral("consentFormButton"), [this] {
        if (m_documents)
            m_documents->showConsentForm(m_caseId);
    });
    form->setToolTip(tr("A form for the patient to sign, with a box for each party to share with"));
    auto* add = makeButton(tr("Register consent…"), QStringLiteral("addConsentButton"), [this] { addConsent(); });
    auto* change =
        makeButton(tr("Change or withdraw…"), QStringLiteral("editConsentButton"), [this] { editConsent(); });
    chainTabOrder({form, add, change, m_table});
    buttons->addWidget(form);
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(change);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    layout->addWidget(hint);
}

void ConsentsPanel::refresh()
{
    m_consents->setRecords(m_workspace->consents().consents(m_caseId));
}

void ConsentsPanel::addConsent()
{
    if (!hasCase())
        return;
    core::Consent consent;
    consent.caseId = m_caseId;
    consent.givenOn = m_workspace->today();
    consent.recordedBy = m_workspace->context().userName;
    ConsentDialog dialog(consent, linkedActors(), this);
    auto* repository = &m_workspace->consents();
    dialog.setSaveAction([&] {
        performSave<core::Consent>(
            m_undoStack, tr("Register consent"), consent, dialog.consent(),
            [repository](core::Consent& c) { repository->save(c); },
            [repository](qint64 id) { repository->removeJustRegistered(id); });
    });
    Prompts::exec(dialog);
}

void ConsentsPanel::editConsent()
{
    const core::Consent* selected = hasCase() ? m_consents->recordAt(m_table->currentIndex().row()) : nullptr;
    if (!selected)
        return;
    const auto before = *selected;
    ConsentDialog dialog(before, linkedActors(), this);
    dialog.watchRecord(*m_workspace, "consents", before.id, before.rowVersion);
    dialog.setHistory(m_workspace->corrections().history(core::CorrectionLog::Record::Consent, before.id));
    auto* repository = &m_workspace->consents();
    dialog.setSaveAction([&] {
        performSave<core::Consent>(
            m_undoStack, tr("Change consent"), before, dialog.consent(),
            [repository](core::Consent& c) { repository->save(c); },
            [repository](qint64 consentId) { repository->removeJustRegistered(consentId); });
    });
    Prompts::exec(dialog);
}

} // namespace koordinera::ui
