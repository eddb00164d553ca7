// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/SickListPage.h"

#include "core/domain/DomainText.h"
#include "core/domain/IcdCode.h"
#include "core/domain/IdentityNumber.h"
#include "core/domain/Validation.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/widgets/RecordTable.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

// The checkpoint of the rehabilitation chain the sjukfall has reached: what the coordinator weighs first.
QString checkpointText(int day)
{
    if (day > 365)
        return SickListPage::tr("past day 365");
    if (day > 180)
        return SickListPage::tr("past day 180");
    if (day > 90)
        return SickListPage::tr("past day 90");
    if (day >= 60)
        return SickListPage::tr("day 90 within a month");
    return {};
}

QString decisionText(const core::SickListCandidate& candidate)
{
    switch (candidate.decision) {
    case core::SickListCandidate::Decision::Pending:
        return SickListPage::tr("Not assessed");
    case core::SickListCandidate::Decision::CaseStarted:
        return SickListPage::tr("Case started");
    case core::SickListCandidate::Decision::NotNow:
        return SickListPage::tr("No coordination now: %1").arg(candidate.reason);
    }
    return {};
}

} // namespace

SickListPage::SickListPage(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(tr("Sick-listed, not in coordination"), this)),
      m_listInfo(new QLabel(this)), m_empty(new QLabel(this)), m_body(new QStackedWidget(this)),
      m_showDecided(new QCheckBox(tr("Show those &assessed"), this)),
      m_startCase(new QPushButton(tr("Start a &case…"), this)),
      m_decline(new QPushButton(tr("&No coordination now…"), this))
{
    setObjectName(QStringLiteral("sickListPage"));
    m_model = new RecordListModel<core::SickListCandidate>(
        {tr("Name"), tr("Identity number"), tr("Sex"), tr("Day"), tr("Checkpoint"), tr("Degree"), tr("Diagnosis"),
         tr("Doctor"), tr("On the list since"), tr("Decision")},
        [this](const core::SickListCandidate& candidate) -> RecordTableModel::Row {
            const core::SickListPatient& patient = candidate.patient;
            const int day = candidate.dayOn(m_workspace->today());
            const QString chapter = core::IcdCode::chapterOf(patient.diagnosisCode).section(QLatin1Char(' '), 0, 0);
            const QString diagnosis =
                patient.diagnosisCode.isEmpty()
                    ? QString()
                    : QStringLiteral("%1 (%2)").arg(core::IcdCode::display(patient.diagnosisCode), chapter);
            const bool pending = candidate.decision == core::SickListCandidate::Decision::Pending;
            return {candidate.id,
                    {patient.name, core::IdentityNumber::fromStored(patient.identity, patient.identityKind).display(),
                     core::text::labelOf(patient.sex), QString::number(day), checkpointText(day),
                     patient.currentDegree() ? format::degree(patient.currentDegree()) : QString(), diagnosis,
                     patient.doctor, format::date(candidate.firstSeen), decisionText(candidate)},
                    !pending   ? RecordTableModel::Tone::Muted
                    : day > 90 ? RecordTableModel::Tone::Warning
                               : RecordTableModel::Tone::Normal,
                    patient.diagnosisText};
        },
        this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_listInfo->setObjectName(QStringLiteral("sickListInfo"));
    m_listInfo->setWordWrap(true);
    m_listInfo->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    m_table = makeRecordTable(m_model, 6, this);
    m_table->setObjectName(QStringLiteral("sickListTable"));
    m_table->setAccessibleName(tr("Sick-listed patients not in coordination"));
    connect(m_table, &QTableView::activated, this, [this] {
        if (const auto* candidate = selected())
            Q_EMIT startCaseRequested(*candidate);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SickListPage::updateButtons);

    m_empty->setObjectName(QStringLiteral("sickListEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_body->addWidget(m_table);
    m_body->addWidget(m_empty);

    auto* importButton = new QPushButton(tr("&Import the list…"), this);
    importButton->setObjectName(QStringLiteral("importSickListButton"));
    connect(importButton, &QPushButton::clicked, this, &SickListPage::importRequested);
    m_startCase->setObjectName(QStringLiteral("startCaseButton"));
    connect(m_startCase, &QPushButton::clicked, this, [this] {
        if (const auto* candidate = selected())
            Q_EMIT startCaseRequested(*candidate);
    });
    m_decline->setObjectName(QStringLiteral("declineButton"));
    connect(m_decline, &QPushButton::clicked, this, &SickListPage::declineSelected);
    m_showDecided->setObjectName(QStringLiteral("showDecidedCheck"));
    connect(m_showDecided, &QCheckBox::toggled, this, &SickListPage::refresh);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch();
    top->addWidget(importButton);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_showDecided);
    actions->addStretch();
    actions->addWidget(m_startCase);
    actions->addWidget(m_decline);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_listInfo);
    layout->addLayout(actions);
    layout->addWidget(m_body, 1);
    updateButtons();
}

void SickListPage::setWorkspace(core::Workspace* workspace)
{
    m_workspace = workspace;
    m_readLoggedFor = -1;
    if (m_workspace) {
        connect(m_workspace, &core::Workspace::caseDataChanged, this, [this] {
            if (isVisible())
                refresh();
        });
    }
    m_model->setRecords({});
}

void SickListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void SickListPage::refresh()
{
    if (!m_workspace)
        return;
    core::SickListRepository& sickList = m_workspace->sickList();
    const QList<core::SickListImport> imports = sickList.imports();
    QList<core::SickListCandidate> shown;
    for (const core::SickListCandidate& candidate : sickList.candidates()) {
        if (m_showDecided->isChecked() || candidate.decision == core::SickListCandidate::Decision::Pending)
            shown.append(candidate);
    }
    m_model->setRecords(shown);
    if (imports.isEmpty()) {
        m_listInfo->clear();
        m_empty->setText(tr("No sick-leave list has been imported yet.\n\nTake the unit's list out of Rehabstöd "
                            "(Sjukfall › Exportera › Excel) and import it with “Import the list…”."));
        m_body->setCurrentWidget(m_empty);
    } else {
        const core::SickListImport& latest = imports.last();
        m_listInfo->setText(
            tr("The list of %1, imported %2 by %3: %n patient(s), %4 of them in coordination.", nullptr, latest.rows)
                .arg(format::date(latest.listDate), format::dateTime(latest.importedAt.toLocalTime()),
                     latest.importedBy)
                .arg(latest.matched));
        m_empty->setText(tr("Everyone on the latest list is in coordination or has been assessed."));
        m_body->setCurrentWidget(shown.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
        // Patients without a case are shown here only: reading them is logged, once per list shown.
        if (isVisible() && m_readLoggedFor != latest.id && !shown.isEmpty()) {
            try {
                sickList.recordRead(shown);
                m_readLoggedFor = latest.id;
            } catch (const core::StorageError& error) {
                Prompts::error(this, error.userMessage());
            }
        }
    }
    updateButtons();
}

const core::SickListCandidate* SickListPage::selected() const
{
    return m_model->recordAt(m_table->currentIndex().row());
}

void SickListPage::updateButtons()
{
    const auto* candidate = selected();
    m_startCase->setEnabled(candidate != nullptr);
    m_decline->setEnabled(candidate && candidate->decision == core::SickListCandidate::Decision::Pending);
}

bool SickListPage::declineSelected()
{
    const core::SickListCandidate* candidate = selected();
    if (!m_workspace || !candidate)
        return false;
    const qint64 id = candidate->id;
    QInputDialog prompt(this);
    prompt.setObjectName(QStringLiteral("declinePrompt"));
    prompt.setWindowTitle(tr("No coordination now"));
    prompt.setLabelText(
        tr("%1 has been assessed and is not offered coordination now. Why?").arg(candidate->patient.name));
    prompt.setOkButtonText(tr("Record"));
    prompt.setCancelButtonText(tr("Cancel"));
    if (Prompts::exec(prompt) != QDialog::Accepted)
        return false;
    try {
        m_workspace->sickList().decide(id, core::SickListCandidate::Decision::NotNow, prompt.textValue());
    } catch (const core::ValidationError& error) {
        Prompts::error(this, error.errors().isEmpty() ? QString() : error.errors().first().message);
        return false;
    } catch (const core::StorageError& error) {
        Prompts::error(this, error.userMessage());
        return false;
    }
    return true;
}

} // namespace koordinera::ui
