// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/AuditLogDialog.h"

#include "core/documents/AuditExtract.h"
#include "core/domain/IdentityNumber.h"
#include "core/workspace/Workspace.h"
#include "ui/Prompts.h"
#include "ui/TextColors.h"
#include "ui/documents/DocumentRenderer.h"
#include "ui/models/RecordTableModel.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

QString identityDisplay(const QString& stored)
{
    return core::IdentityNumber::fromStored(stored, core::IdentityKind::Personnummer).display();
}

} // namespace

struct AuditLogDialog::Extract
{
    core::AuditExtract::Subject subject;
    QList<core::AuditLog::Entry> entries;
};

AuditLogDialog::AuditLogDialog(core::Workspace& workspace, const QString& producedBy, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_producedBy(producedBy),
      // In a family file the person the log names is a client of the social services (issue 23).
      m_model(new RecordTableModel({tr("Date and time"), tr("Event"),
                                    workspace.profile() == core::Profile::Family ? tr("Client") : tr("Patient"),
                                    tr("Identity number"), tr("Object"), tr("Who"), tr("Unit"), tr("Details")},
                                   this)),
      m_patient(new QLineEdit(this)), m_action(new QComboBox(this)), m_from(new OptionalDateEdit(tr("From"), this)),
      m_to(new OptionalDateEdit(tr("To"), this)), m_table(new QTableView(this)), m_count(new QLabel(this)),
      m_chain(new QLabel(this)), m_printExtract(new QPushButton(tr("&Print log extract…"), this)),
      m_pdfExtract(new QPushButton(tr("Save log extract as P&DF…"), this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Access log"));
    m_patient->setObjectName(QStringLiteral("auditPatientFilter"));
    const bool family = workspace.profile() == core::Profile::Family;
    m_patient->setPlaceholderText(family ? tr("Client: name or identity number")
                                         : tr("Patient: name or identity number"));
    m_patient->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->addItem(tr("All events"), QString());
    for (core::AuditLog::Action action : core::AuditLog::AllActions) {
        const QString key = core::AuditLog::keyOf(action);
        m_action->addItem(core::AuditLog::labelOf(key), key);
    }
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Access log"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_count->setObjectName(QStringLiteral("auditCount"));
    // Room for a whole date: the edit's own size hint is cut off in some styles.
    for (OptionalDateEdit* edit : {m_from, m_to})
        edit->dateEdit()->setMinimumWidth(
            edit->dateEdit()->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) + 40);
    m_chain->setObjectName(QStringLiteral("auditChain"));
    m_chain->setWordWrap(true);
    m_printExtract->setObjectName(QStringLiteral("printExtractButton"));
    m_pdfExtract->setObjectName(QStringLiteral("pdfExtractButton"));
    const QString extractHint = family ? tr("Filter on one client to make their log extract.")
                                       : tr("Filter on one patient to make their log extract.");
    m_printExtract->setToolTip(extractHint);
    m_pdfExtract->setToolTip(extractHint);

    // Typing filters after a short pause, not on every key: the log can be long.
    auto* typingPause = new QTimer(this);
    typingPause->setSingleShot(true);
    typingPause->setInterval(250);
    connect(typingPause, &QTimer::timeout, this, &AuditLogDialog::refresh);
    connect(m_patient, &QLineEdit::textChanged, typingPause, qOverload<>(&QTimer::start));
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::refresh);
    connect(m_from, &OptionalDateEdit::changed, this, &AuditLogDialog::refresh);
    connect(m_to, &OptionalDateEdit::changed, this, &AuditLogDialog::refresh);
    connect(m_printExtract, &QPushButton::clicked, this, &AuditLogDialog::printExtract);
    connect(m_pdfExtract, &QPushButton::clicked, this, &AuditLogDialog::saveExtractAsPdf);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_patient, 2);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    auto* extractRow = new QHBoxLayout;
    extractRow->addWidget(m_count, 1);
    extractRow->addWidget(m_printExtract);
    extractRow->addWidget(m_pdfExtract);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(extractRow);
    layout->addWidget(m_chain);
    layout->addWidget(buttons);
    resize(1100, 620);

    const qint64 broken = m_workspace.audit().firstBrokenEntry();
    if (broken == 0) {
        m_chain->setText(tr("The log's chain of checksums is unbroken: no entry has been changed or removed."));
        m_chain->setStyleSheet(toneStyle(TextTone::Success, palette()));
    } else {
        m_chain->setText(tr("Warning: the log's chain of checksums breaks at entry %1. That entry or one before "
                            "it has been changed or removed outside Koordinera. Report this to the person "
                            "responsible for information security.")
                             .arg(broken));
        m_chain->setStyleSheet(toneStyle(TextTone::Error, palette()) + QStringLiteral(" font-weight: bold;"));
    }
    refresh();
}

QString AuditLogDialog::chainStatus() const
{
    return m_chain->text();
}

void AuditLogDialog::setPatientFilter(const QString& text)
{
    m_patient->setText(text);
    refresh();
}

void AuditLogDialog::setActionFilter(const QString& key)
{
    m_action->setCurrentIndex(std::max(0, m_action->findData(key)));
}

void AuditLogDialog::setDateRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

core::AuditLog::Filter AuditLogDialog::filter() const
{
    core::AuditLog::Filter result;
    result.patientText = m_patient->text();
    result.action = m_action->currentData().toString();
    result.from = m_from->date();
    result.to = m_to->date();
    return result;
}

void AuditLogDialog::refresh()
{
    core::AuditLog::Filter query = filter();
    query.limit = MaxRows + 1;
    m_entries = m_workspace.audit().entries(query);
    const bool more = m_entries.size() > MaxRows;
    if (more)
        m_entries.removeFirst();

    QList<RecordTableModel::Row> rows;
    rows.reserve(m_entries.size());
    QSet<qint64> patients;
    // Newest first: a spot check starts from what happened last.
    for (auto entry = m_entries.crbegin(); entry != m_entries.crend(); ++entry) {
        patients.insert(entry->patientId);
        const QString who = entry->coordinator == entry->osUser || entry->coordinator.isEmpty()
                                ? entry->osUser
                                : QStringLiteral("%1 (%2)").arg(entry->coordinator, entry->osUser);
        const bool warning = entry->action == core::AuditLog::keyOf(core::AuditLog::Action::FailedUnlock) ||
                             entry->action == core::AuditLog::keyOf(core::AuditLog::Action::Purge);
        rows.append({entry->id,
                     {entry->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      core::AuditLog::labelOf(entry->action), entry->patientName,
                      entry->patientIdentity.isEmpty() ? QString() : identityDisplay(entry->patientIdentity),
                      core::AuditLog::objectLabel(entry->object), who, entry->unit, entry->details},
                     warning ? RecordTableModel::Tone::Warning : RecordTableModel::Tone::Normal,
                     {}});
    }
    m_model->setRows(rows);
    m_count->setText(more ? tr("Showing the newest %1 entries; narrow the filter to see older ones.").arg(MaxRows)
                          : tr("%n entries", nullptr, int(m_entries.size())));

    const bool onePatient = patients.size() == 1 && !patients.contains(0) && !m_patient->text().trimmed().isEmpty();
    m_extractPatient = onePatient ? *patients.cbegin() : 0;
    // An extract covers everything about the patient in the period, whatever the event filter says.
    m_printExtract->setEnabled(m_extractPatient != 0);
    m_pdfExtract->setEnabled(m_extractPatient != 0);
}

AuditLogDialog::Extract AuditLogDialog::extract() const
{
    Extract result;
    core::AuditLog::Filter query;
    query.patientId = m_extractPatient;
    query.from = m_from->date();
    query.to = m_to->date();
    result.entries = m_workspace.audit().entries(query);
    const auto patient = m_workspace.patients().get(m_extractPatient);
    if (patient) {
        result.subject.patientName = patient->fullName();
        result.subject.identityDisplay = patient->identityNumber().display();
    }
    result.subject.unit = m_workspace.context().unit;
    result.subject.socialServices = m_workspace.profile() == core::Profile::Family;
    result.subject.from = query.from;
    result.subject.to = query.to;
    return result;
}

bool AuditLogDialog::saveExtractAsPdf()
{
    if (!m_extractPatient)
        return false;
    const Extract content = extract();
    // The suggested name carries no identity number: file names end up in recent-file lists and backups.
    const QString path = Prompts::chooseFile(
        this, Prompts::FileRequest::documentToSave(
                  tr("Save log extract"), tr("PDF documents (*.pdf)"),
                  tr("log-extract-%1.pdf").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")))));
    if (path.isEmpty())
        return false;
    const core::Document document =
        core::AuditExtract::build(content.subject, content.entries, QDateTime::currentDateTime(), m_producedBy);
    QString error;
    if (!DocumentRenderer(document).writePdf(path, &error)) {
        Prompts::error(this, error, tr("Access log"));
        return false;
    }
    m_workspace.audit().record(core::AuditLog::Action::Export, 0, QStringLiteral("log_extract"), QStringLiteral("pdf"),
                               m_extractPatient);
    refresh();
    return true;
}

void AuditLogDialog::printExtract()
{
    if (!m_extractPatient)
        return;
    const Extract content = extract();
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return;
    DocumentRenderer(
        core::AuditExtract::build(content.subject, content.entries, QDateTime::currentDateTime(), m_producedBy))
        .print(printer);
    m_workspace.audit().record(core::AuditLog::Action::Print, 0, QStringLiteral("log_extract"), {}, m_extractPatient);
    refresh();
}

} // namespace koordinera::ui
