// SPDX-License-Identifier: GPL-3.0-or-later
// Long: the whole schema of a unit on the server, table by table in the order Migrations.cpp made them on the file.
#include "core/storage/ServerSchema.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <initializer_list>
#include <string>

namespace koordinera::core::ServerSchema {

namespace {

void executeAll(Database& db, std::initializer_list<const char*> statements)
{
    for (const char* sql : statements)
        db.execute(sql);
}

// The functions and collations the code's SQL uses as SQLite has them.
void createCompatibility(Database& db)
{
    executeAll(
        db,
        {
            // Swedish order (å, ä, ö after z) and comparison without case, as the file's collations.
            "CREATE COLLATION swedish (provider = icu, locale = 'sv-SE')",
            "CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
            R"(CREATE FUNCTION casefold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN lower(value COLLATE "und-x-icu"))",
            R"(CREATE FUNCTION hex(value bytea) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN upper(encode(value, 'hex')))",
            R"(CREATE FUNCTION instr(haystack text, needle text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN strpos(haystack, needle))",
            // SQLite's julianday: days since noon, 24 November 4714 BC, with the day's fraction.
            R"(CREATE FUNCTION julianday(value text) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN extract(epoch FROM value::timestamp) / 86400.0 + 2440587.5)",
            // date(day, '+1 day'): the day moved by a modifier, as ISO text.
            R"(CREATE FUNCTION date(value text, modifier text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN to_char(value::date + modifier::interval, 'YYYY-MM-DD'))",
            R"(CREATE FUNCTION koordinera_concat(joined text, value text, separator text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN CASE WHEN value IS NULL THEN joined WHEN joined IS NULL THEN value
                        ELSE joined || separator || value END)",
            R"(CREATE FUNCTION koordinera_concat(joined text, value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN koordinera_concat(joined, value, ','))",
            "CREATE AGGREGATE group_concat(text, text) (sfunc = koordinera_concat, stype = text)",
            "CREATE AGGREGATE group_concat(text) (sfunc = koordinera_concat, stype = text)",
            // A row inserted with a NULL id is numbered, as SQLite numbers an INTEGER PRIMARY KEY.
            R"(CREATE FUNCTION koordinera_number_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            BEGIN
                NEW.id := nextval(pg_get_serial_sequence(TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'id'));
                RETURN NEW;
            END $$)",
            // A rule of the file's (RAISE(ABORT, …)): the message is the rule's, the code a broken rule's.
            R"(CREATE FUNCTION koordinera_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation';
            END $$)",
        });
}

// The region's units and who may work in which. A connection names its unit (koordinera.unit, set by PgConnection);
// every row of a unit's table carries the unit it was written in, and row-level security shows a role only the rows of
// its connection's unit, and only when the role is granted that unit.
void createUnits(Database& db)
{
    executeAll(db, {
                       R"(CREATE TABLE units (
            code text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9_-]{1,32}$'),
            name text NOT NULL DEFAULT '',
            profile text NOT NULL DEFAULT 'rehab' CHECK (profile IN ('rehab', 'family'))))",
                       R"(CREATE TABLE grants (
            role text NOT NULL,
            unit text NOT NULL REFERENCES units(code),
            PRIMARY KEY (role, unit)))",
                       R"(CREATE FUNCTION koordinera_unit() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
            RETURN current_setting('koordinera.unit', true))",
                       // The connection's unit when the signed-in role is granted it, else NULL. Asked once per
                       // statement (the policies ask it through a scalar subquery); it reads the grants as their owner,
                       // so a coordinator never reads who else is granted what.
                       R"(CREATE FUNCTION koordinera_granted_unit() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path FROM CURRENT
            RETURN (SELECT g.unit FROM grants g WHERE g.unit = koordinera_unit() AND g.role = session_user))",
                   });
}

// What every unit starts with, made when the unit is: the KVÅ codes, the ids never given again, and its profile.
void createUnitStart(Database& db)
{
    executeAll(
        db, {
                R"(CREATE FUNCTION koordinera_new_unit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            BEGIN
                INSERT INTO kva_codes (unit_code, code, text) VALUES
                    (NEW.code, 'GC001', 'Koordineringsinsats enligt lag (2019:1297)'),
                    (NEW.code, 'DV077', 'Planering och upprättande av rehabiliteringsplan under sjukskrivning'),
                    (NEW.code, 'AW026', 'Uppföljning av sjukskrivnings- och rehabiliteringsplan');
                INSERT INTO retired_ids (unit_code, table_name, last_id) VALUES (NEW.code, 'patients', 0),
                                                                         (NEW.code, 'cases', 0);
                INSERT INTO file_properties (unit_code, key, value) VALUES (NEW.code, 'profile', NEW.profile);
                RETURN NEW;
            END $$)",
                "CREATE TRIGGER units_start AFTER INSERT ON units FOR EACH ROW EXECUTE FUNCTION koordinera_new_unit()",
            });
}

// Row-level security on every table with a unit, and the rights of the coordinators' group role
// (koordinera_coordinator, which the region's DBA makes, with each coordinator's own role a member of it). The access
// log takes entries and is read; nobody but its owner may change or remove one, and the triggers refuse even that.
void secureUnits(Database& db)
{
    executeAll(db,
               {
                   // Every change is announced to the unit's other connections when it commits ("UNIT table"; the
                   // server sends one per table and transaction), so their views refresh as the file's do after a save.
                   R"(CREATE FUNCTION koordinera_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('koordinera_changed', coalesce(koordinera_unit(), '') || ' ' || TG_TABLE_NAME);
                RETURN NULL;
            END $$)",
                   R"(DO $$
            DECLARE
                name text;
            BEGIN
                FOR name IN SELECT c.table_name FROM information_schema.columns c
                            JOIN information_schema.tables t USING (table_schema, table_name)
                            WHERE c.column_name = 'unit_code' AND c.table_schema = current_schema()
                              AND t.table_type = 'BASE TABLE'
                LOOP
                    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
                    EXECUTE format('CREATE POLICY unit_rows ON %I USING (unit_code = (SELECT koordinera_granted_unit())) '
                                   'WITH CHECK (unit_code = (SELECT koordinera_granted_unit()))', name);
                    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT '
                                   'EXECUTE FUNCTION koordinera_notify()', name || '_notify', name);
                END LOOP;
                EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I '
                               'TO koordinera_coordinator', current_schema());
                EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO koordinera_coordinator',
                               current_schema());
            END $$)",
                   "REVOKE INSERT, UPDATE, DELETE ON units, grants, schema_version FROM koordinera_coordinator",
                   "REVOKE SELECT ON grants FROM koordinera_coordinator",
                   "REVOKE UPDATE, DELETE ON audit_log, audit_words FROM koordinera_coordinator",
                   // An entry names the role that wrote it: a coordinator cannot log under another name.
                   R"(CREATE FUNCTION koordinera_log_user() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF (SELECT w.word FROM audit_words w WHERE w.id = NEW.os_user) IS DISTINCT FROM session_user::text THEN
                    RAISE EXCEPTION 'an entry of the access log names the role that writes it'
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$)",
                   "CREATE TRIGGER audit_log_user BEFORE INSERT ON audit_log FOR EACH ROW "
                   "EXECUTE FUNCTION koordinera_log_user()",
               });
}

// An id column SQLite numbers itself: an identity, and the trigger that numbers a row given a NULL id.
void numberRows(Database& db, std::initializer_list<const char*> tables)
{
    for (const char* table : tables) {
        const std::string name(table);
        db.execute("CREATE TRIGGER " + name + "_number BEFORE INSERT ON " + name +
                   " FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION koordinera_number_row()");
    }
}

// A trigger that refuses an UPDATE or DELETE (`event`) on `table`, when `condition` holds (SQL over OLD), with the
// file's message.
void refuse(Database& db, const std::string& name, const std::string& event, const std::string& table,
            const std::string& condition, const std::string& message)
{
    db.execute("CREATE TRIGGER " + name + " BEFORE " + event + " ON " + table + " FOR EACH ROW" +
               (condition.empty() ? std::string() : " WHEN (" + condition + ")") +
               " EXECUTE FUNCTION koordinera_refuse('" + message + "')");
}

void createPeopleAndCases(Database& db)
{
    executeAll(db, {
                       R"(CREATE TABLE patients (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            identity text NOT NULL,
            identity_kind text NOT NULL CHECK (identity_kind IN ('personnummer', 'samordningsnummer', 'reservnummer')),
            sex text NOT NULL CHECK (sex IN ('unknown', 'female', 'male')),
            given_name text NOT NULL,
            family_name text NOT NULL,
            phone text NOT NULL DEFAULT '',
            street text NOT NULL DEFAULT '',
            postal_code text NOT NULL DEFAULT '',
            city text NOT NULL DEFAULT '',
            UNIQUE (unit_code, identity_kind, identity)))",
                       R"(CREATE TABLE actors (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            kind text NOT NULL,
            name text NOT NULL,
            phone text NOT NULL DEFAULT '',
            email text NOT NULL DEFAULT '',
            address text NOT NULL DEFAULT ''))",
                       R"(CREATE TABLE contact_persons (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            actor_id bigint NOT NULL REFERENCES actors(id),
            name text NOT NULL,
            title text NOT NULL DEFAULT '',
            phone text NOT NULL DEFAULT '',
            email text NOT NULL DEFAULT ''))",
                       "CREATE INDEX contact_persons_actor ON contact_persons(actor_id)",
                       R"(CREATE TABLE cases (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            patient_id bigint NOT NULL REFERENCES patients(id),
            reference text NOT NULL,
            status text NOT NULL,
            outcome text NOT NULL DEFAULT 'none',
            opened_on text NOT NULL,
            closed_on text,
            reason_offered text NOT NULL DEFAULT '',
            occupation text NOT NULL DEFAULT 'unknown',
            employer_id bigint REFERENCES actors(id),
            job_tasks text NOT NULL DEFAULT '',
            offset_days integer NOT NULL DEFAULT 0 CHECK (offset_days >= 0),
            fk_confirmed_day integer CHECK (fk_confirmed_day IS NULL OR fk_confirmed_day > 0),
            fk_confirmed_on text,
            chain_start text,
            doctor text NOT NULL DEFAULT '',
            UNIQUE (unit_code, reference),
            CHECK (status <> 'closed' OR outcome <> 'none')))",
                       "CREATE INDEX cases_patient ON cases(patient_id)",
                       "CREATE INDEX cases_reference_number ON cases(substr(reference, 1, 7), "
                       "CAST(substr(reference, 8) AS INTEGER))",
                       "CREATE INDEX cases_open ON cases(id) WHERE status NOT IN ('closed', 'declined')",
                       "CREATE INDEX cases_coordinated ON cases(id) WHERE status IN ('active', 'follow_up')",
                       "CREATE INDEX cases_opened_on ON cases(opened_on)",
                       "CREATE INDEX cases_closed_on ON cases(closed_on)",
                       R"(CREATE TABLE sick_leave_periods (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES cases(id),
            degree integer NOT NULL CHECK (degree IN (25, 50, 75, 100)),
            start_date text NOT NULL,
            end_date text CHECK (end_date IS NULL OR end_date >= start_date)))",
                       "CREATE INDEX sick_leave_periods_case ON sick_leave_periods(case_id, start_date)",
                       "CREATE INDEX sick_leave_periods_start ON sick_leave_periods(start_date)",
                       R"(CREATE TABLE diagnoses (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES cases(id),
            code text NOT NULL,
            text text NOT NULL DEFAULT '',
            is_main integer NOT NULL DEFAULT 0 CHECK (is_main IN (0, 1))))",
                       "CREATE INDEX diagnoses_case ON diagnoses(case_id)",
                       "CREATE UNIQUE INDEX diagnoses_one_main ON diagnoses(case_id) WHERE is_main = 1",
                       R"(CREATE TABLE case_contacts (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES cases(id),
            actor_id bigint NOT NULL REFERENCES actors(id),
            person_id bigint REFERENCES contact_persons(id),
            role text NOT NULL DEFAULT '',
            note text NOT NULL DEFAULT ''))",
                       "CREATE INDEX case_contacts_case ON case_contacts(case_id)",
                       R"(CREATE TABLE consents (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES cases(id),
            scope text NOT NULL,
            actor_id bigint REFERENCES actors(id),
            counterparty text NOT NULL DEFAULT '',
            information text NOT NULL DEFAULT '',
            form text NOT NULL,
            given_on text NOT NULL,
            valid_until text,
            withdrawn_on text,
            recorded_by text NOT NULL,
            note text NOT NULL DEFAULT ''))",
                       "CREATE INDEX consents_case ON consents(case_id)",
                       "CREATE INDEX consents_valid_until ON consents(valid_until)",
                       R"(CREATE TABLE activities (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES cases(id),
            current_version integer NOT NULL DEFAULT 1))",
                       "CREATE INDEX activities_case ON activities(case_id)",
                       R"(CREATE TABLE activity_versions (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            activity_id bigint NOT NULL REFERENCES activities(id),
            version integer NOT NULL,
            occurred_at text NOT NULL,
            kind text NOT NULL,
            mode text NOT NULL,
            actor_id bigint REFERENCES actors(id),
            counterpart text NOT NULL DEFAULT '',
            kva_code text NOT NULL DEFAULT '',
            note text NOT NULL DEFAULT '',
            recorded_by text NOT NULL,
            recorded_at text NOT NULL,
            UNIQUE (activity_id, version)))",
                       "CREATE INDEX activity_versions_occurred_at ON activity_versions(occurred_at)",
                       R"(CREATE TABLE kva_codes (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            code text NOT NULL,
            text text NOT NULL,
            active integer NOT NULL DEFAULT 1,
            PRIMARY KEY (unit_code, code)))",
                   });
    numberRows(db, {"actors", "contact_persons", "sick_leave_periods", "diagnoses", "case_contacts", "consents",
                    "activities", "activity_versions"});
}

// The case list's search (SearchIndex): the case's text, its words split as FTS5 splits them, and their tsvector.
void createSearchIndex(Database& db)
{
    executeAll(db, {R"(CREATE TABLE case_search (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            rowid bigint PRIMARY KEY,
            content text NOT NULL,
            words text NOT NULL DEFAULT '',
            document tsvector GENERATED ALWAYS AS (to_tsvector('simple', words)) STORED))",
                    "CREATE INDEX case_search_document ON case_search USING gin (document)"});
}

// The access log as the file keeps it since step 18: append-only for everyone.
void createAuditLog(Database& db)
{
    executeAll(db, {
                       "CREATE TABLE audit_words (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                       "unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code), word text NOT NULL, "
                       "UNIQUE (unit_code, word))",
                       R"(CREATE TABLE audit_log (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint NOT NULL,
            at bigint NOT NULL,
            os_user bigint NOT NULL,
            coordinator bigint NOT NULL,
            action bigint NOT NULL,
            patient_id bigint,
            case_id bigint,
            object bigint NOT NULL,
            object_rest text,
            details text NOT NULL DEFAULT '',
            unit bigint NOT NULL,
            hash bytea NOT NULL,
            PRIMARY KEY (unit_code, id)))",
                       "CREATE INDEX audit_log_patient ON audit_log(patient_id)",
                       "CREATE INDEX audit_log_at ON audit_log(at)",
                       R"(CREATE VIEW audit_log_entries WITH (security_invoker = true) AS
        SELECT a.id, a.at, coalesce(u.word, '') AS os_user, coalesce(c.word, '') AS coordinator,
               coalesce(k.word, '') AS action, a.patient_id, a.case_id,
               coalesce(o.word, '') || coalesce(' ' || a.object_rest, '') AS object, a.details,
               coalesce(n.word, '') AS unit, a.hash
        FROM audit_log a
        LEFT JOIN audit_words u ON u.id = a.os_user
        LEFT JOIN audit_words c ON c.id = a.coordinator
        LEFT JOIN audit_words k ON k.id = a.action
        LEFT JOIN audit_words o ON o.id = a.object
        LEFT JOIN audit_words n ON n.id = a.unit)",
                   });
    numberRows(db, {"audit_words"});
    for (const std::string table : {"audit_log", "audit_words"}) {
        refuse(db, table + "_no_update", "UPDATE", table, {}, "the access log is append-only");
        refuse(db, table + "_no_delete", "DELETE", table, {}, "the access log is append-only");
    }
}

void createPlansAndMeetings(Database& db)
{
    executeAll(db, {
                       R"(CREATE TABLE meetings (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES cases(id),
            kind text NOT NULL,
            status text NOT NULL,
            starts_at text NOT NULL,
            duration_minutes integer NOT NULL CHECK (duration_minutes > 0),
            place text NOT NULL DEFAULT '',
            video integer NOT NULL DEFAULT 0 CHECK (video IN (0, 1)),
            initiated_by text NOT NULL DEFAULT '',
            fk_officer text NOT NULL DEFAULT '',
            purpose text NOT NULL DEFAULT '',
            patient_view text NOT NULL DEFAULT '',
            care_report text NOT NULL DEFAULT '',
            work_options text NOT NULL DEFAULT '',
            summary text NOT NULL DEFAULT '',
            impulse_needed integer NOT NULL DEFAULT 0 CHECK (impulse_needed IN (0, 1)),
            no_follow_up_reason text NOT NULL DEFAULT '',
            uid text NOT NULL UNIQUE,
            patient_met_on text,
            patient_met_note text NOT NULL DEFAULT '',
            assessment_on text,
            assessment_by text NOT NULL DEFAULT '',
            bring text NOT NULL DEFAULT ''))",
                       "CREATE INDEX meetings_case ON meetings(case_id)",
                       "CREATE INDEX meetings_start ON meetings(starts_at)",
                       R"(CREATE TABLE meeting_participants (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            meeting_id bigint NOT NULL REFERENCES meetings(id),
            position integer NOT NULL,
            kind text NOT NULL,
            actor_id bigint REFERENCES actors(id),
            name text NOT NULL DEFAULT '',
            role text NOT NULL DEFAULT '',
            present integer NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
            no_consent_reason text NOT NULL DEFAULT ''))",
                       "CREATE INDEX meeting_participants_meeting ON meeting_participants(meeting_id)",
                       R"(CREATE TABLE plan_versions (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES cases(id),
            version integer NOT NULL CHECK (version > 0),
            adopted_on text,
            adopted_by text NOT NULL DEFAULT '',
            background text NOT NULL DEFAULT '',
            patient_goal text NOT NULL DEFAULT '',
            shared_goal text NOT NULL DEFAULT '',
            overall_responsible text NOT NULL DEFAULT '',
            follow_up_at text,
            follow_up_place text NOT NULL DEFAULT '',
            follow_up_who text NOT NULL DEFAULT '',
            distribution text NOT NULL DEFAULT '',
            consent_id bigint REFERENCES consents(id),
            patient_approved_on text,
            UNIQUE (case_id, version)))",
                       R"(CREATE TABLE plan_actions (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            version_id bigint NOT NULL REFERENCES plan_versions(id),
            action_key integer NOT NULL,
            position integer NOT NULL,
            description text NOT NULL,
            responsible_kind text NOT NULL,
            responsible_actor_id bigint REFERENCES actors(id),
            responsible_person text NOT NULL DEFAULT '',
            start_date text,
            due_date text,
            status text NOT NULL,
            cancel_reason text NOT NULL DEFAULT '',
            result text NOT NULL DEFAULT '',
            meeting_id bigint REFERENCES meetings(id),
            UNIQUE (version_id, action_key)))",
                       "CREATE INDEX plan_actions_version ON plan_actions(version_id)",
                       R"(CREATE TABLE impulses (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES cases(id),
            made_on text NOT NULL,
            consent_id bigint NOT NULL REFERENCES consents(id),
            channel text NOT NULL,
            fk_recipient text NOT NULL DEFAULT '',
            reason text NOT NULL DEFAULT '',
            outcome text NOT NULL DEFAULT ''))",
                       "CREATE INDEX impulses_case ON impulses(case_id)",
                       R"(CREATE TABLE document_records (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES cases(id),
            kind text NOT NULL,
            description text NOT NULL,
            plan_version integer NOT NULL DEFAULT 0,
            meeting_id bigint REFERENCES meetings(id),
            channel text NOT NULL CHECK (channel IN ('print', 'pdf', 'text')),
            recipient text NOT NULL DEFAULT '',
            file_name text NOT NULL DEFAULT '',
            pages integer NOT NULL DEFAULT 0,
            recorded_at text NOT NULL,
            recorded_by text NOT NULL DEFAULT '',
            sha256 text NOT NULL))",
                       "CREATE INDEX document_records_case ON document_records(case_id)",
                   });
    numberRows(db,
               {"meetings", "meeting_participants", "plan_versions", "plan_actions", "impulses", "document_records"});
}

void createUnitState(Database& db)
{
    executeAll(db, {
                       R"(CREATE TABLE derived_state (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id integer NOT NULL CHECK (id = 1),
            chains_as_of text NOT NULL,
            gap_days integer NOT NULL,
            PRIMARY KEY (unit_code, id)))",
                       R"(CREATE TABLE sick_list_imports (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            list_date text NOT NULL,
            imported_at text NOT NULL,
            imported_by text NOT NULL,
            file_name text NOT NULL DEFAULT '',
            rows_read integer NOT NULL,
            rows_refused integer NOT NULL,
            matched integer NOT NULL,
            periods_added integer NOT NULL,
            new_on_list integer NOT NULL))",
                       R"(CREATE TABLE sick_list_counts (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            import_id bigint NOT NULL REFERENCES sick_list_imports(id),
            sex text NOT NULL,
            length_bucket text NOT NULL,
            chapter text NOT NULL,
            in_coordination integer NOT NULL,
            patients integer NOT NULL,
            PRIMARY KEY (import_id, sex, length_bucket, chapter, in_coordination)))",
                       R"(CREATE TABLE sick_list_patients (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            identity text NOT NULL,
            identity_kind text NOT NULL,
            name text NOT NULL,
            sex text NOT NULL,
            start_date text NOT NULL,
            end_date text,
            length_days integer NOT NULL,
            degree integer NOT NULL,
            diagnosis_code text NOT NULL,
            diagnosis_text text NOT NULL,
            doctor text NOT NULL,
            first_seen text NOT NULL,
            last_import_id bigint NOT NULL REFERENCES sick_list_imports(id),
            decision text NOT NULL DEFAULT '',
            decision_reason text NOT NULL DEFAULT '',
            decided_by text NOT NULL DEFAULT '',
            decided_at text,
            UNIQUE (unit_code, identity)))",
                       R"(CREATE TABLE sick_list_cases (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            case_id bigint NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            sick_leave_start text NOT NULL,
            listed_on text NOT NULL,
            PRIMARY KEY (unit_code, case_id)))",
                       R"(CREATE TABLE retired_ids (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            table_name text NOT NULL,
            last_id bigint NOT NULL,
            PRIMARY KEY (unit_code, table_name)))",
                   });
    numberRows(db, {"sick_list_imports", "sick_list_patients"});
}

void createHistories(Database& db)
{
    executeAll(db,
               {
                   R"(CREATE TABLE corrections (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES cases(id),
            record text NOT NULL CHECK (record IN ('meeting', 'impulse', 'consent')),
            record_id bigint NOT NULL,
            replaced_at text NOT NULL,
            replaced_by text NOT NULL,
            earlier text NOT NULL))",
                   "CREATE INDEX corrections_record ON corrections(record, record_id)",
                   "CREATE TABLE purging (unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code), "
                   "case_being_purged bigint PRIMARY KEY)",
               });
    numberRows(db, {"corrections"});
    const std::string notPurging = "NOT EXISTS (SELECT 1 FROM purging)";
    for (const std::string table : {"corrections", "activity_versions"}) {
        refuse(db, table + "_no_update", "UPDATE", table, {}, "the history is append-only");
        // A trigger's WHEN may not hold a subquery on the server: the function is asked instead.
        db.execute("CREATE TRIGGER " + table + "_no_delete BEFORE DELETE ON " + table +
                   " FOR EACH ROW EXECUTE FUNCTION koordinera_refuse_unless_purging('the history is removed only by "
                   "a purge')");
    }
    // Adopted plan versions are frozen: no update, and no deletion except by a purge.
    executeAll(db, {
                       R"(CREATE FUNCTION koordinera_plan_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                adopted text;
            BEGIN
                IF TG_TABLE_NAME = 'plan_versions' THEN
                    adopted := OLD.adopted_on;
                ELSE
                    SELECT adopted_on INTO adopted FROM plan_versions WHERE id = OLD.version_id;
                END IF;
                IF adopted IS NULL THEN
                    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                END IF;
                IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM purging) THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION '%', CASE WHEN TG_OP = 'DELETE'
                                          THEN 'an adopted plan version is removed only by a purge'
                                          ELSE 'an adopted plan version is not changed' END
                    USING ERRCODE = 'integrity_constraint_violation';
            END $$)",
                   });
    for (const std::string table : {"plan_versions", "plan_actions"}) {
        db.execute("CREATE TRIGGER " + table + "_adopted BEFORE UPDATE OR DELETE ON " + table +
                   " FOR EACH ROW EXECUTE FUNCTION koordinera_plan_frozen()");
    }
}

void createTeamsAndFamilies(Database& db)
{
    executeAll(db, {
                       R"(CREATE TABLE staff (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name text NOT NULL CHECK (trim(name) <> ''),
            profession text NOT NULL,
            active integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            UNIQUE (unit_code, name, profession)))",
                       R"(CREATE TABLE case_team (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            case_id bigint NOT NULL REFERENCES cases(id),
            staff_id bigint NOT NULL REFERENCES staff(id),
            PRIMARY KEY (case_id, staff_id)))",
                       "CREATE INDEX case_team_staff ON case_team(staff_id)",
                       R"(CREATE TABLE unit_work (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            done_on text NOT NULL,
            kind text NOT NULL,
            kva_code text NOT NULL DEFAULT '',
            minutes integer NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
            note text NOT NULL DEFAULT '',
            recorded_by text NOT NULL DEFAULT ''))",
                       "CREATE INDEX unit_work_day ON unit_work(done_on)",
                       R"(CREATE TABLE file_properties (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            key text NOT NULL,
            value text NOT NULL,
            PRIMARY KEY (unit_code, key)))",
                       R"(CREATE FUNCTION koordinera_profile_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF OLD.key <> 'profile' THEN
                    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                END IF;
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'the work a file holds is kept' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                IF NEW.value <> OLD.value AND EXISTS (SELECT 1 FROM cases) THEN
                    RAISE EXCEPTION 'the work a file holds is chosen once'
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$)",
                       "CREATE TRIGGER file_properties_profile BEFORE UPDATE OR DELETE ON file_properties "
                       "FOR EACH ROW EXECUTE FUNCTION koordinera_profile_fixed()",
                       R"(CREATE TABLE family_parents (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            case_id bigint NOT NULL REFERENCES cases(id),
            patient_id bigint NOT NULL REFERENCES patients(id),
            position integer NOT NULL CHECK (position IN (1, 2)),
            sick_listed integer NOT NULL DEFAULT 0 CHECK (sick_listed IN (0, 1)),
            occupation_start text,
            occupation_end text,
            rating_start integer CHECK (rating_start BETWEEN 1 AND 5),
            rating_end integer CHECK (rating_end BETWEEN 1 AND 5),
            PRIMARY KEY (unit_code, case_id, patient_id),
            UNIQUE (case_id, position)))",
                       "CREATE INDEX family_parents_patient ON family_parents(patient_id)",
                       R"(CREATE TABLE family_children (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES cases(id),
            given_name text NOT NULL CHECK (trim(given_name) <> ''),
            family_name text NOT NULL DEFAULT '',
            birth_date text NOT NULL,
            impairment text NOT NULL DEFAULT '',
            school text NOT NULL DEFAULT ''))",
                       "CREATE INDEX family_children_case ON family_children(case_id)",
                       R"(CREATE TABLE family_network (
            unit_code text NOT NULL DEFAULT koordinera_unit() REFERENCES units(code),
            case_id bigint NOT NULL REFERENCES cases(id),
            works_start text CHECK (works_start IN ('works', 'partly', 'does_not_work')),
            works_end text CHECK (works_end IN ('works', 'partly', 'does_not_work')),
            PRIMARY KEY (unit_code, case_id)))",
                   });
    numberRows(db, {"staff", "unit_work", "family_children"});
}

} // namespace

void createBaseline(Database& db)
{
    createCompatibility(db);
    createUnits(db);
    db.execute(R"(CREATE FUNCTION koordinera_refuse_unless_purging() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM purging) THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation';
            END $$)");
    createPeopleAndCases(db);
    createSearchIndex(db);
    createAuditLog(db);
    createPlansAndMeetings(db);
    createUnitState(db);
    createHistories(db);
    createTeamsAndFamilies(db);
    createUnitStart(db);
    db.execute("CREATE TABLE schema_version (version integer NOT NULL)");
    Statement(db, "INSERT INTO schema_version (version) VALUES (?)").bind(1, BaselineVersion).run();
    secureUnits(db);
}

bool mayCreate(Database& db)
{
    Statement probe(db, "SELECT has_schema_privilege(current_schema(), 'CREATE')");
    return probe.step() && probe.columnInt(0) == 1;
}

bool exists(Database& db)
{
    Statement probe(db, "SELECT to_regclass('schema_version') IS NOT NULL");
    return probe.step() && probe.columnInt(0) == 1;
}

} // namespace koordinera::core::ServerSchema
