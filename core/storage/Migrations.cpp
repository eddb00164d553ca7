// SPDX-License-Identifier: GPL-3.0-or-later
// Longer than most files here: it is the schema's whole history, one function per numbered step in the order they
// run, so that what any file of any age goes through can be read from top to bottom in one place.
#include "core/storage/Migrations.h"

#include "core/storage/Database.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/ServerSchema.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>
#include <initializer_list>
#include <sqlite3.h>

namespace koordinera::core {

namespace {

void executeAll(Database& db, std::initializer_list<const char*> statements)
{
    for (const char* sql : statements)
        db.execute(sql);
}

void createBaseSchema(Database& db)
{
    executeAll(db, {
                       // "Koor": lets us tell our files from other SQLite files.
                       "PRAGMA application_id = 1265594226",
                       R"(CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            identity TEXT NOT NULL,
            identity_kind TEXT NOT NULL CHECK (identity_kind IN ('personnummer', 'samordningsnummer', 'reservnummer')),
            sex TEXT NOT NULL CHECK (sex IN ('unknown', 'female', 'male')),
            given_name TEXT NOT NULL,
            family_name TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            street TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            UNIQUE (identity_kind, identity)))",
                       R"(CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT ''))",
                       R"(CREATE TABLE contact_persons (
            id INTEGER PRIMARY KEY,
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT ''))",
                       "CREATE INDEX contact_persons_actor ON contact_persons(actor_id)",
                       R"(CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            reference TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL,
            outcome TEXT NOT NULL DEFAULT 'none',
            opened_on TEXT NOT NULL,
            closed_on TEXT,
            reason_offered TEXT NOT NULL DEFAULT '',
            occupation TEXT NOT NULL DEFAULT 'unknown',
            employer_id INTEGER REFERENCES actors(id),
            job_tasks TEXT NOT NULL DEFAULT '',
            offset_days INTEGER NOT NULL DEFAULT 0 CHECK (offset_days >= 0),
            fk_confirmed_day INTEGER CHECK (fk_confirmed_day IS NULL OR fk_confirmed_day > 0),
            fk_confirmed_on TEXT,
            chain_start TEXT,
            CHECK (status <> 'closed' OR outcome <> 'none')))",
                       "CREATE INDEX cases_patient ON cases(patient_id)",
                       R"(CREATE TABLE sick_leave_periods (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            degree INTEGER NOT NULL CHECK (degree IN (25, 50, 75, 100)),
            start_date TEXT NOT NULL,
            end_date TEXT CHECK (end_date IS NULL OR end_date >= start_date)))",
                       "CREATE INDEX sick_leave_periods_case ON sick_leave_periods(case_id, start_date)",
                       R"(CREATE TABLE diagnoses (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            code TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            is_main INTEGER NOT NULL DEFAULT 0 CHECK (is_main IN (0, 1))))",
                       "CREATE INDEX diagnoses_case ON diagnoses(case_id)",
                       "CREATE UNIQUE INDEX diagnoses_one_main ON diagnoses(case_id) WHERE is_main = 1",
                       R"(CREATE TABLE case_contacts (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            person_id INTEGER REFERENCES contact_persons(id),
            role TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''))",
                       "CREATE INDEX case_contacts_case ON case_contacts(case_id)",
                       R"(CREATE TABLE consents (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            scope TEXT NOT NULL,
            actor_id INTEGER REFERENCES actors(id),
            counterparty TEXT NOT NULL DEFAULT '',
            information TEXT NOT NULL DEFAULT '',
            form TEXT NOT NULL,
            given_on TEXT NOT NULL,
            valid_until TEXT,
            withdrawn_on TEXT,
            recorded_by TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''))",
                       "CREATE INDEX consents_case ON consents(case_id)",
                       R"(CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            current_version INTEGER NOT NULL DEFAULT 1))",
                       "CREATE INDEX activities_case ON activities(case_id)",
                       R"(CREATE TABLE activity_versions (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            version INTEGER NOT NULL,
            occurred_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            mode TEXT NOT NULL,
            actor_id INTEGER REFERENCES actors(id),
            counterpart TEXT NOT NULL DEFAULT '',
            kva_code TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            UNIQUE (activity_id, version)))",
                       R"(CREATE TABLE kva_codes (
            code TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1))",
                       R"(INSERT INTO kva_codes (code, text) VALUES
            ('GC001', 'Koordineringsinsats enligt lag (2019:1297)'),
            ('DV077', 'Planering och upprättande av rehabiliteringsplan under sjukskrivning'),
            ('AW026', 'Uppföljning av sjukskrivnings- och rehabiliteringsplan'))",
                   });
}

// Free-text search over names, identity numbers, diagnoses and notes. The rowid is the case id; the text is
// assembled in C++ (SearchIndex) so the same rules serve the migration and every later save.
void createSearchIndex(Database& db)
{
    db.execute("CREATE VIRTUAL TABLE case_search USING fts5(content, tokenize = 'unicode61 remove_diacritics 0')");
    SearchIndex::rebuildAll(db);
}

// The access log: append-only, enforced in the database itself.
void createAuditLog(Database& db)
{
    executeAll(db, {
                       R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            coordinator TEXT NOT NULL,
            action TEXT NOT NULL,
            patient_id INTEGER,
            case_id INTEGER,
            object TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))",
                       "CREATE INDEX audit_log_patient ON audit_log(patient_id)",
                       R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END)",
                       R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END)",
                   });
}

// The unit (vårdcentral) an entry was made at: a patient's log extract names which unit accessed the record.
void addAuditUnit(Database& db)
{
    executeAll(db, {
                       "ALTER TABLE audit_log ADD COLUMN unit TEXT NOT NULL DEFAULT ''",
                       "CREATE INDEX audit_log_at ON audit_log(at)",
                   });
}

// Plans, meetings and 4 § impulser (docs/domain.md §6). A plan is a series of versions; each version owns a full
// copy of its actions, so an adopted version never changes when the next draft is edited.
void createPlansAndMeetings(Database& db)
{
    executeAll(db, {
                       R"(CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            starts_at TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
            place TEXT NOT NULL DEFAULT '',
            video INTEGER NOT NULL DEFAULT 0 CHECK (video IN (0, 1)),
            initiated_by TEXT NOT NULL DEFAULT '',
            fk_officer TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT '',
            patient_view TEXT NOT NULL DEFAULT '',
            care_report TEXT NOT NULL DEFAULT '',
            work_options TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            impulse_needed INTEGER NOT NULL DEFAULT 0 CHECK (impulse_needed IN (0, 1)),
            no_follow_up_reason TEXT NOT NULL DEFAULT '',
            uid TEXT NOT NULL UNIQUE))",
                       "CREATE INDEX meetings_case ON meetings(case_id)",
                       "CREATE INDEX meetings_start ON meetings(starts_at)",
                       R"(CREATE TABLE meeting_participants (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            actor_id INTEGER REFERENCES actors(id),
            name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            present INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1))))",
                       "CREATE INDEX meeting_participants_meeting ON meeting_participants(meeting_id)",
                       R"(CREATE TABLE plan_versions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            version INTEGER NOT NULL CHECK (version > 0),
            adopted_on TEXT,
            adopted_by TEXT NOT NULL DEFAULT '',
            background TEXT NOT NULL DEFAULT '',
            patient_goal TEXT NOT NULL DEFAULT '',
            shared_goal TEXT NOT NULL DEFAULT '',
            overall_responsible TEXT NOT NULL DEFAULT '',
            follow_up_at TEXT,
            follow_up_place TEXT NOT NULL DEFAULT '',
            follow_up_who TEXT NOT NULL DEFAULT '',
            distribution TEXT NOT NULL DEFAULT '',
            consent_id INTEGER REFERENCES consents(id),
            patient_approved_on TEXT,
            UNIQUE (case_id, version)))",
                       R"(CREATE TABLE plan_actions (
            id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(id),
            action_key INTEGER NOT NULL,
            position INTEGER NOT NULL,
            description TEXT NOT NULL,
            responsible_kind TEXT NOT NULL,
            responsible_actor_id INTEGER REFERENCES actors(id),
            responsible_person TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            due_date TEXT,
            status TEXT NOT NULL,
            cancel_reason TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL DEFAULT '',
            meeting_id INTEGER REFERENCES meetings(id),
            UNIQUE (version_id, action_key)))",
                       "CREATE INDEX plan_actions_version ON plan_actions(version_id)",
                       R"(CREATE TABLE impulses (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            made_on TEXT NOT NULL,
            consent_id INTEGER NOT NULL REFERENCES consents(id),
            channel TEXT NOT NULL,
            fk_recipient TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT ''))",
                       "CREATE INDEX impulses_case ON impulses(case_id)",
                   });
}

// Every print, PDF and copy of a case's documents: what, which version, when, by whom, to whom, and the SHA-256
// of what left the program, so a paper in someone's hand can be matched to the record.
void createDocumentRecords(Database& db)
{
    executeAll(db, {
                       R"(CREATE TABLE document_records (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            kind TEXT NOT NULL,
            description TEXT NOT NULL,
            plan_version INTEGER NOT NULL DEFAULT 0,
            meeting_id INTEGER REFERENCES meetings(id),
            channel TEXT NOT NULL CHECK (channel IN ('print', 'pdf', 'text')),
            recipient TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            pages INTEGER NOT NULL DEFAULT 0,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL))",
                       "CREATE INDEX document_records_case ON document_records(case_id)",
                   });
}

// The next case reference ("K-2026-0042") is the year's highest number plus one. Without an index on the number
// that is a scan of every case per new case, which makes importing thousands of cases quadratic.
void indexCaseReferenceNumbers(Database& db)
{
    executeAll(db, {"CREATE INDEX cases_reference_number ON cases(substr(reference, 1, 7), "
                    "CAST(substr(reference, 8) AS INTEGER))"});
}

// Prefix indexes for one and two characters: the first letters typed in the case list's search match nearly every
// case, and without them FTS5 merges the postings of every word starting so (20 ms at 50,000 cases, 2 ms with).
// The text is copied over as it is; FTS5 tables can be renamed.
void indexSearchPrefixes(Database& db)
{
    executeAll(db, {"CREATE VIRTUAL TABLE case_search_prefixed USING fts5(content, tokenize = 'unicode61 "
                    "remove_diacritics 0', prefix = '1 2')",
                    "INSERT INTO case_search_prefixed (rowid, content) SELECT rowid, content FROM case_search",
                    "DROP TABLE case_search", "ALTER TABLE case_search_prefixed RENAME TO case_search"});
}

// The day (and gap rule) the stored chain starts were last brought up to date, so that opening the file on a
// later day reads only the cases whose sick leave has moved on since (CaseDerived::refreshChainsForToday).
void createDerivedState(Database& db)
{
    executeAll(db, {R"(CREATE TABLE derived_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            chains_as_of TEXT NOT NULL,
            gap_days INTEGER NOT NULL))",
                    "CREATE INDEX sick_leave_periods_start ON sick_leave_periods(start_date)"});
}

// Idag looks at the open cases only, and at what falls due in a window of days: over ten years of history the
// open cases are a few per cent of the file, and without these indexes every rule read every case.
void indexWorklist(Database& db)
{
    executeAll(db, {"CREATE INDEX cases_open ON cases(id) WHERE status NOT IN ('closed', 'declined')",
                    "CREATE INDEX cases_coordinated ON cases(id) WHERE status IN ('active', 'follow_up')",
                    "CREATE INDEX cases_opened_on ON cases(opened_on)",
                    "CREATE INDEX consents_valid_until ON consents(valid_until)"});
}

// A period's statistics count the cases open in it and the activities in it; over ten years of history reading
// every case and activity to find a year's was most of their time.
void indexForStatistics(Database& db)
{
    executeAll(db, {"CREATE INDEX cases_closed_on ON cases(closed_on)",
                    "CREATE INDEX activity_versions_occurred_at ON activity_versions(occurred_at)"});
}

// The unit's sick-leave list (issue 20). Each import is a snapshot on the list's date, with its counts kept as the
// unit's denominator (by sex, length bucket and diagnosis chapter, and whether the patient was in coordination).
// Patients on the list who are not in coordination are kept, one row each, only while they are on the latest list
// or a decision about them is pending.
void createSickList(Database& db)
{
    executeAll(db, {R"(CREATE TABLE sick_list_imports (
            id INTEGER PRIMARY KEY,
            list_date TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            rows_read INTEGER NOT NULL,
            rows_refused INTEGER NOT NULL,
            matched INTEGER NOT NULL,
            periods_added INTEGER NOT NULL,
            new_on_list INTEGER NOT NULL))",
                    R"(CREATE TABLE sick_list_counts (
            import_id INTEGER NOT NULL REFERENCES sick_list_imports(id),
            sex TEXT NOT NULL,
            length_bucket TEXT NOT NULL,
            chapter TEXT NOT NULL,
            in_coordination INTEGER NOT NULL,
            patients INTEGER NOT NULL,
            PRIMARY KEY (import_id, sex, length_bucket, chapter, in_coordination)))",
                    R"(CREATE TABLE sick_list_patients (
            id INTEGER PRIMARY KEY,
            identity TEXT NOT NULL UNIQUE,
            identity_kind TEXT NOT NULL,
            name TEXT NOT NULL,
            sex TEXT NOT NULL,
            start_date TEXT NOT NULL,
            end_date TEXT,
            length_days INTEGER NOT NULL,
            degree INTEGER NOT NULL,
            diagnosis_code TEXT NOT NULL,
            diagnosis_text TEXT NOT NULL,
            doctor TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_import_id INTEGER NOT NULL REFERENCES sick_list_imports(id),
            decision TEXT NOT NULL DEFAULT '',
            decision_reason TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT))",
                    // A case started from the list, with the sjukfall's start as the list gave it: the time from
                    // there to the first contact is how early the list let coordination begin.
                    R"(CREATE TABLE sick_list_cases (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
            sick_leave_start TEXT NOT NULL,
            listed_on TEXT NOT NULL))",
                    // The treating doctor, as the list names them, on a case in coordination.
                    "ALTER TABLE cases ADD COLUMN doctor TEXT NOT NULL DEFAULT ''"});
}

// The access log outlives the rows it names: a purge removes a patient and their cases, the log keeps their ids.
// SQLite gives a new row the highest id plus one, so once the highest patient or case was purged its id would go to
// the next new one, and the purged patient's entries would read as the newcomer's. The highest id ever used is kept
// here, and new patients and cases are numbered above it (Migrations::nextIdSql).
void keepRetiredIds(Database& db)
{
    executeAll(db, {R"(CREATE TABLE retired_ids (
            table_name TEXT PRIMARY KEY,
            last_id INTEGER NOT NULL))",
                    "INSERT INTO retired_ids (table_name, last_id) "
                    "SELECT 'patients', coalesce(max(patient_id), 0) FROM audit_log",
                    "INSERT INTO retired_ids (table_name, last_id) "
                    "SELECT 'cases', coalesce(max(case_id), 0) FROM audit_log"});
}

// Corrections keep history (issue 21): a held meeting's record, an impuls or a consent changed later keeps what it
// said before, with who replaced it and when, as notes keep their versions. Both histories are append-only like the
// access log; only a purge (Retention, which marks itself in `purging` for its transaction) may remove them.
void keepCorrections(Database& db)
{
    const auto appendOnly = [](const char* table) {
        return std::vector<std::string>{std::string("CREATE TRIGGER ") + table + "_no_update BEFORE UPDATE ON " +
                                            table + " BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END",
                                        std::string("CREATE TRIGGER ") + table + "_no_delete BEFORE DELETE ON " +
                                            table +
                                            " WHEN NOT EXISTS (SELECT 1 FROM purging) "
                                            "BEGIN SELECT RAISE(ABORT, 'the history is removed only by a purge'); END"};
    };
    executeAll(db, {R"(CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            record TEXT NOT NULL CHECK (record IN ('meeting', 'impulse', 'consent')),
            record_id INTEGER NOT NULL,
            replaced_at TEXT NOT NULL,
            replaced_by TEXT NOT NULL,
            earlier TEXT NOT NULL))",
                    "CREATE INDEX corrections_record ON corrections(record, record_id)",
                    "CREATE TABLE purging (case_being_purged INTEGER PRIMARY KEY)"});
    for (const char* table : {"corrections", "activity_versions"}) {
        for (const std::string& statement : appendOnly(table))
            db.execute(statement);
    }
}

// Preparing a meeting (issue 21): the patient met beforehand, the medical assessment, what to bring, and why a
// party is invited without a consent that covers sharing with them.
void prepareMeetings(Database& db)
{
    executeAll(db, {"ALTER TABLE meetings ADD COLUMN patient_met_on TEXT",
                    "ALTER TABLE meetings ADD COLUMN patient_met_note TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE meetings ADD COLUMN assessment_on TEXT",
                    "ALTER TABLE meetings ADD COLUMN assessment_by TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE meetings ADD COLUMN bring TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE meeting_participants ADD COLUMN no_consent_reason TEXT NOT NULL DEFAULT ''"});
}

// An adopted plan version is the agreement everyone works from: changes start the next version (PlanRepository).
// The file holds it so too: its row and its actions take no update, and no deletion except by a purge.
void freezeAdoptedPlans(Database& db)
{
    executeAll(db, {"CREATE TRIGGER plan_versions_adopted_no_update BEFORE UPDATE ON plan_versions "
                    "WHEN OLD.adopted_on IS NOT NULL "
                    "BEGIN SELECT RAISE(ABORT, 'an adopted plan version is not changed'); END",
                    "CREATE TRIGGER plan_versions_adopted_no_delete BEFORE DELETE ON plan_versions "
                    "WHEN OLD.adopted_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM purging) "
                    "BEGIN SELECT RAISE(ABORT, 'an adopted plan version is removed only by a purge'); END",
                    "CREATE TRIGGER plan_actions_adopted_no_update BEFORE UPDATE ON plan_actions "
                    "WHEN (SELECT adopted_on FROM plan_versions WHERE id = OLD.version_id) IS NOT NULL "
                    "BEGIN SELECT RAISE(ABORT, 'an adopted plan version is not changed'); END",
                    "CREATE TRIGGER plan_actions_adopted_no_delete BEFORE DELETE ON plan_actions "
                    "WHEN (SELECT adopted_on FROM plan_versions WHERE id = OLD.version_id) IS NOT NULL "
                    "AND NOT EXISTS (SELECT 1 FROM purging) "
                    "BEGIN SELECT RAISE(ABORT, 'an adopted plan version is removed only by a purge'); END"});
}

// The unit's staff, the care team each case names from it, and the unit's own work that belongs to no case.
void createCareTeamAndUnitWork(Database& db)
{
    executeAll(db, {R"(CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            profession TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            UNIQUE (name, profession)))",
                    R"(CREATE TABLE case_team (
            case_id INTEGER NOT NULL REFERENCES cases(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            PRIMARY KEY (case_id, staff_id)))",
                    "CREATE INDEX case_team_staff ON case_team(staff_id)",
                    R"(CREATE TABLE unit_work (
            id INTEGER PRIMARY KEY,
            done_on TEXT NOT NULL,
            kind TEXT NOT NULL,
            kva_code TEXT NOT NULL DEFAULT '',
            minutes INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
            note TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL DEFAULT ''))",
                    "CREATE INDEX unit_work_day ON unit_work(done_on)"});
}

// The work the file holds (issue 23): a clinic's rehabilitation coordination, which every file made before is, or
// a municipality's support to parents of children with disabilities. Chosen when the file is created, never changed
// after. A family's parents are patients (clients with identity numbers, as the law asks); the first is the case's
// own, a second is listed with it. The children are named, not identified.
void addProfileAndFamilies(Database& db)
{
    executeAll(db, {R"(CREATE TABLE file_properties (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))",
                    "INSERT INTO file_properties (key, value) VALUES ('profile', 'rehab')",
                    "CREATE TRIGGER file_properties_profile_fixed BEFORE UPDATE ON file_properties "
                    "WHEN old.key = 'profile' AND new.value <> old.value AND "
                    "(SELECT count(*) FROM cases) > 0 "
                    "BEGIN SELECT RAISE(ABORT, 'the work a file holds is chosen once'); END",
                    "CREATE TRIGGER file_properties_profile_kept BEFORE DELETE ON file_properties "
                    "WHEN old.key = 'profile' BEGIN SELECT RAISE(ABORT, 'the work a file holds is kept'); END",
                    R"(CREATE TABLE family_parents (
            case_id INTEGER NOT NULL REFERENCES cases(id),
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            position INTEGER NOT NULL CHECK (position IN (1, 2)),
            sick_listed INTEGER NOT NULL DEFAULT 0 CHECK (sick_listed IN (0, 1)),
            occupation_start TEXT,
            occupation_end TEXT,
            rating_start INTEGER CHECK (rating_start BETWEEN 1 AND 5),
            rating_end INTEGER CHECK (rating_end BETWEEN 1 AND 5),
            PRIMARY KEY (case_id, patient_id),
            UNIQUE (case_id, position)))",
                    "CREATE INDEX family_parents_patient ON family_parents(patient_id)",
                    R"(CREATE TABLE family_children (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            given_name TEXT NOT NULL CHECK (trim(given_name) <> ''),
            family_name TEXT NOT NULL DEFAULT '',
            birth_date TEXT NOT NULL,
            impairment TEXT NOT NULL DEFAULT '',
            school TEXT NOT NULL DEFAULT ''))",
                    "CREATE INDEX family_children_case ON family_children(case_id)",
                    R"(CREATE TABLE family_network (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id),
            works_start TEXT CHECK (works_start IN ('works', 'partly', 'does_not_work')),
            works_end TEXT CHECK (works_end IN ('works', 'partly', 'does_not_work'))))"});
}

// The access log stored compactly (issue 26): at 50,000 cases it was half the database, most of it the same few
// texts again and again and two hashes per entry as hex text. Every field an entry had is kept and reads back the
// same, so every hash in the chain still matches:
// - the user, the coordinator, the unit, the action and the object's kind are stored once each in audit_words and
//   referred to by number; what follows the kind in the object ("document 1042": "1042") stays with the entry;
// - the time is milliseconds since 1970 (UTC) instead of ISO text;
// - the hash is its 32 bytes; the previous entry's hash is not stored twice (it is the previous row's).
// audit_log_entries shows the entries with their texts, as the table had them before.
void compactAuditLog(Database& db)
{
    // SQLite 3.40 has no unhex(), and the time is read as Qt writes it: two functions for this step only.
    const auto milliseconds = [](sqlite3_context* context, int, sqlite3_value** arguments) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
        const QDateTime at = QDateTime::fromString(QString::fromUtf8(text ? text : ""), Qt::ISODateWithMs);
        // An unreadable time (only a damaged log has one) becomes 0: the chain check then names the entry.
        sqlite3_result_int64(context, at.isValid() ? at.toMSecsSinceEpoch() : 0);
    };
    const auto bytesOfHex = [](sqlite3_context* context, int, sqlite3_value** arguments) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
        const QByteArray bytes = QByteArray::fromHex(QByteArray(text ? text : ""));
        sqlite3_result_blob(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    };
    sqlite3_create_function_v2(db.handle(), "koordinera_ms", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               milliseconds, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db.handle(), "koordinera_unhex", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               bytesOfHex, nullptr, nullptr, nullptr);
    const auto dropFunctions = qScopeGuard([&db] {
        sqlite3_create_function_v2(db.handle(), "koordinera_ms", 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr,
                                   nullptr);
        sqlite3_create_function_v2(db.handle(), "koordinera_unhex", 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr,
                                   nullptr);
    });
    executeAll(db,
               {
                   "CREATE TABLE audit_words (id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE)",
                   "INSERT INTO audit_words (word) SELECT os_user FROM audit_log UNION SELECT coordinator FROM "
                   "audit_log UNION SELECT action FROM audit_log UNION SELECT CASE WHEN instr(object, ' ') > 0 THEN "
                   "substr(object, 1, instr(object, ' ') - 1) ELSE object END FROM audit_log UNION SELECT unit "
                   "FROM audit_log",
                   R"(CREATE TABLE audit_log_compact (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            os_user INTEGER NOT NULL,
            coordinator INTEGER NOT NULL,
            action INTEGER NOT NULL,
            patient_id INTEGER,
            case_id INTEGER,
            object INTEGER NOT NULL,
            object_rest TEXT,
            details TEXT NOT NULL DEFAULT '',
            unit INTEGER NOT NULL,
            hash BLOB NOT NULL))",
                   R"(INSERT INTO audit_log_compact (id, at, os_user, coordinator, action, patient_id, case_id,
                                                   object, object_rest, details, unit, hash)
            SELECT a.id, koordinera_ms(a.at),
                   (SELECT w.id FROM audit_words w WHERE w.word = a.os_user),
                   (SELECT w.id FROM audit_words w WHERE w.word = a.coordinator),
                   (SELECT w.id FROM audit_words w WHERE w.word = a.action),
                   a.patient_id, a.case_id,
                   (SELECT w.id FROM audit_words w WHERE w.word = CASE WHEN instr(a.object, ' ') > 0 THEN
                        substr(a.object, 1, instr(a.object, ' ') - 1) ELSE a.object END),
                   CASE WHEN instr(a.object, ' ') > 0 THEN substr(a.object, instr(a.object, ' ') + 1) END,
                   a.details,
                   (SELECT w.id FROM audit_words w WHERE w.word = a.unit),
                   koordinera_unhex(a.hash)
            FROM audit_log a ORDER BY a.id)",
                   // The old table's pages are not overwritten as they are freed: all they hold is in the new
                   // table, and the VACUUM after the migration leaves them out. Overwriting them put a copy of
                   // each into the transaction's journal first (107 MB at 50,000 cases).
                   "PRAGMA secure_delete = OFF",
                   "DROP TABLE audit_log",
                   "PRAGMA secure_delete = ON",
                   "ALTER TABLE audit_log_compact RENAME TO audit_log",
                   "CREATE INDEX audit_log_patient ON audit_log(patient_id)",
                   "CREATE INDEX audit_log_at ON audit_log(at)",
               });
    for (const char* table : {"audit_log", "audit_words"}) {
        const std::string name(table);
        db.execute("CREATE TRIGGER " + name + "_no_update BEFORE UPDATE ON " + name +
                   " BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END");
        db.execute("CREATE TRIGGER " + name + "_no_delete BEFORE DELETE ON " + name +
                   " BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END");
    }
    // Left joins: an entry whose word is missing (a damaged file) still shows, and fails the chain check.
    db.execute(R"(CREATE VIEW audit_log_entries AS
        SELECT a.id, a.at, coalesce(u.word, '') AS os_user, coalesce(c.word, '') AS coordinator,
               coalesce(k.word, '') AS action, a.patient_id, a.case_id,
               coalesce(o.word, '') || coalesce(' ' || a.object_rest, '') AS object, a.details,
               coalesce(n.word, '') AS unit, a.hash
        FROM audit_log a
        LEFT JOIN audit_words u ON u.id = a.os_user
        LEFT JOIN audit_words c ON c.id = a.coordinator
        LEFT JOIN audit_words k ON k.id = a.action
        LEFT JOIN audit_words o ON o.id = a.object
        LEFT JOIN audit_words n ON n.id = a.unit)");
}

// Every record a coordinator edits in place carries its version, and who saved it last and when: on a region's server
// a save made over a version its maker never saw is refused, naming the other saver (RowVersion). The columns are the
// same on both engines.
void versionRecords(Database& db)
{
    for (const char* table : Migrations::versionedTables()) {
        const std::string name(table);
        db.execute("ALTER TABLE " + name + " ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1");
        db.execute("ALTER TABLE " + name + " ADD COLUMN changed_by TEXT");
        db.execute("ALTER TABLE " + name + " ADD COLUMN changed_at TEXT");
    }
}

// Moving a unit's file onto a region's server (ServerImport) carries its access log over with each entry's own user.
// The log's trigger lets an entry name another role than the one writing it only when the writer is the database's
// owner (or a superuser), who could change the trigger anyway; a coordinator still logs only as themselves. The file
// has nothing to change.
void letOwnerCarryLog(Database& db)
{
    db.execute(R"(CREATE OR REPLACE FUNCTION koordinera_log_user() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF (SELECT w.word FROM audit_words w WHERE w.id = NEW.os_user) IS DISTINCT FROM session_user::text
                   AND NOT pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID),
                                       'USAGE') THEN
                    RAISE EXCEPTION 'an entry of the access log names the role that writes it'
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$)");
}

// VACUUM writes the database anew beside the old one and copies it back; with a rollback journal the copy back also
// kept the overwritten pages, a third copy: 614 MB at the peak for a 225 MB database, 452 MB without. Without the
// journal a VACUUM that fails leaves the working copy unusable, and opening fails: nothing has been sealed yet, so
// the file on disk is as it was.
void vacuumWithoutJournal(Database& db)
{
    Statement mode(db, "PRAGMA journal_mode");
    const QString journalMode = mode.step() ? mode.columnText(0) : QStringLiteral("memory");
    mode.reset();
    db.execute("PRAGMA journal_mode = OFF");
    db.execute("VACUUM");
    db.execute("PRAGMA journal_mode = " + journalMode.toStdString());
}

} // namespace

const char* Migrations::nextIdSql(const Database& db, IdTable table)
{
    if (db.isServer()) {
        return table == IdTable::Patients ? "nextval(pg_get_serial_sequence('patients', 'id'))"
                                          : "nextval(pg_get_serial_sequence('cases', 'id'))";
    }
    return table == IdTable::Patients ? "(SELECT greatest(coalesce(max(t.id), 0), coalesce((SELECT last_id FROM "
                                        "retired_ids WHERE table_name = "
                                        "'patients'), 0)) + 1 FROM patients t)"
                                      : "(SELECT greatest(coalesce(max(t.id), 0), coalesce((SELECT last_id FROM "
                                        "retired_ids WHERE table_name = "
                                        "'cases'), 0)) + 1 FROM cases t)";
}

const std::vector<const char*>& Migrations::versionedTables()
{
    static const std::vector<const char*> tables{
        "patients",      "cases",         "actors",    "contact_persons", "sick_leave_periods",
        "diagnoses",     "case_contacts", "consents",  "meetings",        "impulses",
        "plan_versions", "staff",         "unit_work", "family_children",
    };
    return tables;
}

const std::vector<MigrationStep>& Migrations::steps()
{
    static const std::vector<MigrationStep> all{
        {1, "patients, cases, sick leave, diagnoses, actors, consents, activity log, KVÅ codes", createBaseSchema},
        {2, "full-text search index over cases", createSearchIndex},
        {3, "append-only, hash-chained access log", createAuditLog},
        {4, "the unit in the access log", addAuditUnit},
        {5, "joint action plans with versions, meetings and 4 § impulser", createPlansAndMeetings},
        {6, "a record of every printed, saved or copied document", createDocumentRecords},
        {7, "an index for numbering new cases", indexCaseReferenceNumbers},
        {8, "prefix indexes for the first letters typed in the case search", indexSearchPrefixes},
        {9, "the day the sick-leave chains were last brought up to date", createDerivedState},
        {10, "indexes for what Idag looks at", indexWorklist},
        {11, "indexes for a period's statistics", indexForStatistics},
        {12, "the unit's sick-leave list: imports, their counts, and the patients not in coordination", createSickList},
        {13, "ids of purged patients and cases never given again", keepRetiredIds},
        {14, "corrections keep what they replaced; note and correction history append-only", keepCorrections},
        {15, "meeting preparation: the patient met, the medical assessment, what to bring", prepareMeetings},
        {16, "adopted plan versions frozen in the file", freezeAdoptedPlans},
        {17, "the unit's staff and each case's care team; the unit's work outside the cases",
         createCareTeamAndUnitWork},
        {18, "the access log stored compactly: repeated texts once, times as numbers, hashes as bytes", compactAuditLog,
         true},
        {19, "the work the file holds (rehabilitation or family support); a family's parents and children",
         addProfileAndFamilies},
        {20, "every record edited in place has a version, and who saved it last and when", versionRecords, false,
         versionRecords},
        {21, "on a server, the owner may carry a moved file's access log over with its users", [](Database&) {}, false,
         letOwnerCarryLog},
    };
    return all;
}

int Migrations::latestVersion()
{
    return steps().back().version;
}

void Migrations::migrate(Database& db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    if (db.isServer() && !ServerSchema::exists(db)) {
        // Only the database's owner makes the schema (`koordinera server prepare`); a coordinator is told whom to ask.
        if (!ServerSchema::mayCreate(db)) {
            throw StorageError(StorageError::Kind::CannotOpen,
                               QCoreApplication::translate("Storage",
                                                           "Koordinera's database on the server has not been "
                                                           "prepared yet. Ask the region's administrator to prepare "
                                                           "it (koordinera server prepare)."));
        }
        Transaction transaction(db);
        ServerSchema::createBaseline(db);
        transaction.commit();
    }
    const int current = db.userVersion();
    if (current > latestVersion()) {
        throw StorageError(StorageError::Kind::NewerVersion,
                           QCoreApplication::translate("Storage",
                                                       "The database was saved by a newer version of Koordinera "
                                                       "(format %1; this version reads up to %2). Update Koordinera "
                                                       "to open it. The file has not been changed.")
                               .arg(current)
                               .arg(latestVersion()));
    }
    // A coordinator's role may not change the schema: the region's administrator brings it up to date.
    if (db.isServer() && current < targetVersion && !ServerSchema::mayCreate(db)) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Storage",
                                                       "Koordinera's database on the server is older than this "
                                                       "Koordinera. Ask the region's administrator to bring it up to "
                                                       "date (koordinera server prepare)."));
    }
    bool shrunk = false;
    for (const auto& step : steps()) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        Transaction transaction(db);
        if (!db.isServer())
            step.apply(db);
        else if (step.applyOnServer)
            step.applyOnServer(db);
        else
            throw StorageError(StorageError::Kind::Generic, QStringLiteral("Internal error"),
                               QStringLiteral("schema step %1 has no server text").arg(step.version));
        db.setUserVersion(step.version);
        transaction.commit();
        shrunk = shrunk || step.shrinks;
    }
    // A step that made the data smaller leaves the space it freed inside the file; given back, it is neither sealed
    // nor held in memory at the next opening. Only before the file is attached to its sealed store (VACUUM is not
    // a change the journal can hold; the migrated database is sealed anew whole).
    if (shrunk && current > 0 && !db.store() && !db.isServer())
        vacuumWithoutJournal(db);
}

} // namespace koordinera::core
