// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/ConsentRepository.h"

#include "core/domain/DomainText.h"
#include "core/domain/Validation.h"
#include "core/records/AuditLog.h"
#include "core/records/CorrectionLog.h"
#include "core/records/RowVersion.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

namespace koordinera::core {

QList<Consent> ConsentRepository::consents(qint64 caseId) const
{
    QList<Consent> result;
    Statement rows(m_context.db,
                   "SELECT id, case_id, scope, actor_id, counterparty, information, form, given_on, "
                   "valid_until, withdrawn_on, recorded_by, note, row_version FROM consents WHERE case_id = ? "
                   "ORDER BY given_on DESC, id DESC");
    rows.bind(1, caseId);
    while (rows.step()) {
        Consent consent;
        consent.id = rows.columnInt64(0);
        consent.caseId = rows.columnInt64(1);
        consent.scope = text::fromKeyOr(rows.columnText(2), ConsentScope::Other);
        consent.actorId = rows.columnInt64(3);
        consent.counterparty = rows.columnText(4);
        consent.information = rows.columnText(5);
        consent.form = text::fromKeyOr(rows.columnText(6), ConsentForm::Verbal);
        consent.givenOn = rows.columnDate(7);
        consent.validUntil = rows.columnDate(8);
        consent.withdrawnOn = rows.columnDate(9);
        consent.recordedBy = rows.columnText(10);
        consent.note = rows.columnText(11);
        consent.rowVersion = rows.columnInt64(12);
        result.append(consent);
    }
    return result;
}

void ConsentRepository::save(Consent& consent)
{
    if (consent.recordedBy.trimmed().isEmpty())
        consent.recordedBy = m_context.userName;
    Validation::require(Validation::consent(consent));
    Transaction transaction(m_context.db);
    Statement existing(m_context.db, "SELECT 1 FROM consents WHERE id = ?");
    existing.bind(1, consent.id);
    const bool update = consent.id > 0 && existing.step();
    const qint64 version = update ? RowVersion::claim(m_context, "consents", consent.id, consent.rowVersion) : 1;
    if (update) {
        for (const Consent& before : consents(consent.caseId)) {
            if (before.id == consent.id)
                CorrectionLog(m_context).keep(before, consent);
        }
    }
    Statement write(m_context.db,
                    update ? "UPDATE consents SET scope = ?2, actor_id = ?3, counterparty = ?4, information = ?5, "
                             "form = ?6, given_on = ?7, valid_until = ?8, withdrawn_on = ?9, recorded_by = ?10, "
                             "note = ?11 WHERE id = ?1"
                           : "INSERT INTO consents (id, scope, actor_id, counterparty, information, form, given_on, "
                             "valid_until, withdrawn_on, recorded_by, note, case_id) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id");
    write.bindId(1, consent.id)
        .bind(2, text::keyOf(consent.scope))
        .bindId(3, consent.actorId)
        .bind(4, consent.counterparty.trimmed())
        .bind(5, consent.information.trimmed())
        .bind(6, text::keyOf(consent.form))
        .bind(7, consent.givenOn)
        .bind(8, consent.validUntil)
        .bind(9, consent.withdrawnOn)
        .bind(10, consent.recordedBy.trimmed())
        .bind(11, consent.note.trimmed());
    if (!update)
        write.bind(12, consent.caseId);
    if (update)
        write.run();
    else
        consent.id = write.insertedId();
    AuditLog(m_context).record(update ? AuditLog::Action::Change : AuditLog::Action::Create, consent.caseId,
                               QStringLiteral("consent %1").arg(consent.id));
    transaction.commit();
    consent.rowVersion = version;
}

void ConsentRepository::removeJustRegistered(qint64 consentId)
{
    Transaction transaction(m_context.db);
    Statement owner(m_context.db, "SELECT case_id FROM consents WHERE id = ?");
    owner.bind(1, consentId);
    const qint64 caseId = owner.step() ? owner.columnInt64(0) : 0;
    Statement(m_context.db, "DELETE FROM consents WHERE id = ?").bind(1, consentId).run();
    AuditLog(m_context).record(AuditLog::Action::Remove, caseId, QStringLiteral("consent %1").arg(consentId),
                               QStringLiteral("registered by mistake"));
    transaction.commit();
}

} // namespace koordinera::core
