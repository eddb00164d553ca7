// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/UnitWorkDialog.h"

#include "core/domain/DomainText.h"
#include "core/domain/Validation.h"
#include "core/reporting/Statistics.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/models/RecordTableModel.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/FormErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/RecordTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace koordinera::ui {

UnitWorkDialog::UnitWorkDialog(core::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace),
      m_model(new RecordTableModel({tr("Day"), tr("Kind"), tr("KVÅ"), tr("Hours"), tr("About"), tr("By")}, this)),
      m_table(makeRecordTable(m_model, 4, this)), m_day(makeDateEdit(this, workspace.today())),
      m_kind(new QComboBox(this)), m_kva(new QComboBox(this)), m_minutes(new QSpinBox(this)),
      m_note(new QLineEdit(this)), m_change(new QPushButton(tr("&Save the change"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_error(FormErrors::makeErrorLabel(this))
{
    setObjectName(QStringLiteral("unitWorkDialog"));
    setWindowTitle(tr("Work for the unit"));
    m_error->setObjectName(QStringLiteral("unitWorkError"));
    m_table->setObjectName(QStringLiteral("unitWorkTable"));
    m_table->setAccessibleName(tr("Work for the unit"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UnitWorkDialog::showChosen);

    m_day->setObjectName(QStringLiteral("unitWorkDayEdit"));
    m_day->setMaximumDate(workspace.today());
    m_kind->setObjectName(QStringLiteral("unitWorkKindCombo"));
    for (core::UnitWorkKind kind : core::text::allValues<core::UnitWorkKind>())
        m_kind->addItem(core::text::labelOf(kind), int(kind));
    m_kva->setObjectName(QStringLiteral("unitWorkKvaCombo"));
    m_kva->addItem(tr("No code"), QString());
    for (const core::KvaCode& code : workspace.activities().kvaCodes(true))
        m_kva->addItem(QStringLiteral("%1 %2").arg(code.code, code.text), code.code);
    m_minutes->setObjectName(QStringLiteral("unitWorkMinutesSpin"));
    m_minutes->setRange(5, 24 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));
    m_note->setObjectName(QStringLiteral("unitWorkNoteEdit"));
    m_note->setPlaceholderText(tr("What it was about, e.g. sick-leave questions at the doctors' meeting"));
    m_note->setMaxLength(500);
    m_change->setObjectName(QStringLiteral("changeUnitWorkButton"));
    m_remove->setObjectName(QStringLiteral("removeUnitWorkButton"));
    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addUnitWorkButton"));
    add->setDefault(true);
    connect(add, &QPushButton::clicked, this, [this] { saveForm(true); });
    connect(m_change, &QPushButton::clicked, this, [this] { saveForm(false); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (Prompts::confirm(this, tr("Remove the chosen entry from the unit's work?"), tr("&Remove")))
            removeChosen();
    });
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* intro = new QLabel(tr("Work that belongs to no patient. It is counted in the statistics as the unit's own "
                                "work; write nothing here that names a patient."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* firstRow = new QHBoxLayout;
    firstRow->addWidget(m_day);
    firstRow->addWidget(m_kind, 1);
    firstRow->addWidget(m_minutes);
    auto* firstLabel = new QLabel(tr("&Day, kind, time"), this);
    firstLabel->setBuddy(m_day); // the row is a layout, which a form row cannot give a buddy of its own
    form->addRow(firstLabel, firstRow);
    form->addRow(tr("&KVÅ code"), m_kva);
    form->addRow(tr("A&bout"), m_note);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_change);
    buttons->addWidget(add);
    chainTabOrder({m_table, m_day, m_kind, m_minutes, m_kva, m_note, m_remove, m_change, add});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(720, 480);
    refresh();
}

int UnitWorkDialog::rowCount() const
{
    return m_model->rowCount();
}

void UnitWorkDialog::refresh()
{
    m_entries = m_workspace.staff().unitWork();
    QList<RecordTableModel::Row> rows;
    for (const core::UnitWork& work : std::as_const(m_entries)) {
        rows.append({work.id,
                     {format::date(work.on), core::text::labelOf(work.kind), work.kvaCode,
                      core::Statistics::hours(work.minutes), work.note, work.recordedBy},
                     RecordTableModel::Tone::Normal,
                     {}});
    }
    m_model->setRows(rows);
    showChosen();
}

void UnitWorkDialog::showChosen()
{
    const auto* row = m_model->rowAt(m_table->currentIndex().row());
    m_change->setEnabled(row != nullptr);
    m_remove->setEnabled(row != nullptr);
    if (!row)
        return;
    for (const core::UnitWork& work : std::as_const(m_entries)) {
        if (work.id == row->id)
            setForm(work);
    }
}

void UnitWorkDialog::setForm(const core::UnitWork& work)
{
    m_day->setDate(work.on);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(work.kind))));
    int kva = m_kva->findData(work.kvaCode);
    if (kva < 0 && !work.kvaCode.isEmpty()) { // a code since taken out of use stays on its entry
        m_kva->addItem(work.kvaCode, work.kvaCode);
        kva = m_kva->count() - 1;
    }
    m_kva->setCurrentIndex(std::max(0, kva));
    m_minutes->setValue(work.minutes);
    m_note->setText(work.note);
}

core::UnitWork UnitWorkDialog::formEntry() const
{
    core::UnitWork work;
    work.on = m_day->date();
    work.kind = core::UnitWorkKind(m_kind->currentData().toInt());
    work.kvaCode = m_kva->currentData().toString();
    work.minutes = m_minutes->value();
    work.note = m_note->text();
    return work;
}

bool UnitWorkDialog::saveForm(bool asNew)
{
    core::UnitWork work = formEntry();
    if (!asNew) {
        const auto* row = m_model->rowAt(m_table->currentIndex().row());
        if (!row)
            return false;
        work.id = row->id;
        for (const core::UnitWork& shown : std::as_const(m_entries)) {
            if (shown.id == work.id)
                work.rowVersion = shown.rowVersion; // saved over the entry as shown
        }
    }
    if (!FormErrors::saveShowing(m_error, [&] { m_workspace.staff().saveUnitWork(work); }))
        return false;
    refresh();
    m_table->selectRow(m_model->rowOfId(work.id));
    if (asNew)
        m_note->clear();
    return true;
}

bool UnitWorkDialog::removeChosen()
{
    const auto* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return false;
    const qint64 id = row->id;
    if (!FormErrors::saveShowing(m_error, [&] { m_workspace.staff().removeUnitWork(id); }))
        return false;
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    refresh();
    return true;
}

} // namespace koordinera::ui
