-- Who may do what on a shared office database (PostgreSQL only), applied by
-- `xhht server init` and again after every upgrade, by the database's owner. Safe to
-- run again: every object is replaced. The group roles xhht_clerk, xhht_council,
-- xhht_leader and xhht_unit are made by the program first (ServerAccess).
--
-- clerk   (Phòng QLVH&GĐ): units, submissions, tasks, the report's texts, reminders
-- council (Văn phòng Sở):  reviewed scores, rubrics, the ranking, the year lock,
--                          commendation proposals; reads everything else
-- leader:                  reads everything, changes nothing
-- unit:                    its own unit's submission, values, self-scores and evidence,
--                          for years that are open; nothing of other units
-- Each statement ends with ';' at the end of a line (Database's splitter): function
-- bodies are written on one line.

CREATE TABLE IF NOT EXISTS server_login (login TEXT PRIMARY KEY, role TEXT NOT NULL CHECK (role IN ('clerk', 'council', 'leader', 'unit')), unit_id BIGINT REFERENCES unit(id) ON DELETE RESTRICT, CHECK ((role = 'unit') = (unit_id IS NOT NULL)));
REVOKE ALL ON server_login FROM PUBLIC;

CREATE OR REPLACE FUNCTION xhht_login_unit_id() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT unit_id FROM server_login WHERE login = session_user $$;
CREATE OR REPLACE FUNCTION xhht_login_unit_code() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT u.code FROM server_login l JOIN unit u ON u.id = l.unit_id WHERE l.login = session_user $$;
CREATE OR REPLACE FUNCTION xhht_is_owner() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$ SELECT pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') $$;
CREATE OR REPLACE FUNCTION xhht_has(role_name TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$ SELECT xhht_is_owner() OR pg_has_role(session_user, role_name, 'MEMBER') $$;
CREATE OR REPLACE FUNCTION xhht_year_locked(y INTEGER) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$ SELECT COALESCE((SELECT locked <> 0 FROM year_setting WHERE year = y), false) $$;
CREATE OR REPLACE FUNCTION xhht_own_submission(sid BIGINT, open_only BOOLEAN) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT EXISTS (SELECT 1 FROM submission s WHERE s.id = sid AND s.unit_id = xhht_login_unit_id() AND (NOT open_only OR NOT xhht_year_locked(s.year))) $$;

-- Every audit entry names the login that made it, and the server's time: no client
-- can write another's name.
CREATE OR REPLACE FUNCTION xhht_audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.actor := session_user; NEW.at_utc := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'); RETURN NEW; END $$;
DROP TRIGGER IF EXISTS xhht_audit_stamp ON audit_log;
CREATE TRIGGER xhht_audit_stamp BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION xhht_audit_stamp();

-- An imported file is kept under the login that imported it.
CREATE OR REPLACE FUNCTION xhht_file_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.actor := session_user; RETURN NEW; END $$;
DROP TRIGGER IF EXISTS xhht_file_stamp ON imported_file;
CREATE TRIGGER xhht_file_stamp BEFORE INSERT ON imported_file FOR EACH ROW EXECUTE FUNCTION xhht_file_stamp();

-- Reviewed scores are the council's, self-scores the unit's and the clerk's.
CREATE OR REPLACE FUNCTION xhht_score_rules() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE old_reviewed INTEGER; old_self INTEGER; BEGIN IF TG_OP = 'UPDATE' THEN old_reviewed := OLD.reviewed_score; old_self := OLD.self_score; END IF; IF NEW.reviewed_score IS DISTINCT FROM old_reviewed AND NOT xhht_has('xhht_council') THEN RAISE EXCEPTION 'only the council (Văn phòng Sở) may change reviewed scores' USING ERRCODE = '42501'; END IF; IF NEW.self_score IS DISTINCT FROM old_self AND NOT (xhht_has('xhht_clerk') OR xhht_has('xhht_unit')) THEN RAISE EXCEPTION 'only the unit or the clerk may change self-scores' USING ERRCODE = '42501'; END IF; RETURN NEW; END $$;
DROP TRIGGER IF EXISTS xhht_score_rules ON submission_score;
CREATE TRIGGER xhht_score_rules BEFORE UPDATE ON submission_score FOR EACH ROW EXECUTE FUNCTION xhht_score_rules();
-- The same rules for added rows, once a statement for all its rows (an import adds 100,000 at a time).
CREATE OR REPLACE FUNCTION xhht_added_score_rules() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF EXISTS (SELECT 1 FROM added WHERE reviewed_score IS NOT NULL) AND NOT xhht_has('xhht_council') THEN RAISE EXCEPTION 'only the council (Văn phòng Sở) may change reviewed scores' USING ERRCODE = '42501'; END IF; IF EXISTS (SELECT 1 FROM added WHERE self_score IS NOT NULL) AND NOT (xhht_has('xhht_clerk') OR xhht_has('xhht_unit')) THEN RAISE EXCEPTION 'only the unit or the clerk may change self-scores' USING ERRCODE = '42501'; END IF; RETURN NULL; END $$;
DROP TRIGGER IF EXISTS xhht_added_score_rules ON submission_score;
CREATE TRIGGER xhht_added_score_rules AFTER INSERT ON submission_score REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION xhht_added_score_rules();

-- A submission's status and the day it was received are the office's record: a unit's
-- login may mark its own as received (or not) on the server's today, never verified or
-- returned, never backdated (on time when it was late).
CREATE OR REPLACE FUNCTION xhht_unit_submission_rules() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE old_status TEXT; old_received TEXT; BEGIN IF NOT xhht_has('xhht_unit') OR xhht_has('xhht_clerk') THEN RETURN NEW; END IF; IF TG_OP = 'UPDATE' THEN old_status := OLD.status; old_received := OLD.received_date; END IF; IF NEW.status IS DISTINCT FROM old_status AND NEW.status NOT IN ('not_received', 'received') THEN RAISE EXCEPTION 'only the office (Phòng QLVH&GĐ) may mark a submission %', NEW.status USING ERRCODE = '42501'; END IF; IF NEW.received_date IS DISTINCT FROM old_received AND NEW.received_date IS NOT NULL AND NEW.received_date <> to_char(current_date, 'YYYY-MM-DD') THEN RAISE EXCEPTION 'only the office (Phòng QLVH&GĐ) may record a received date other than today (%)', NEW.received_date USING ERRCODE = '42501'; END IF; RETURN NEW; END $$;
DROP TRIGGER IF EXISTS xhht_unit_submission_rules ON submission;
CREATE TRIGGER xhht_unit_submission_rules BEFORE INSERT OR UPDATE ON submission FOR EACH ROW EXECUTE FUNCTION xhht_unit_submission_rules();

-- The year lock is the council's.
CREATE OR REPLACE FUNCTION xhht_lock_rules() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF (TG_OP = 'INSERT' AND NEW.locked <> 0 OR TG_OP = 'UPDATE' AND NEW.locked IS DISTINCT FROM OLD.locked) AND NOT xhht_has('xhht_council') THEN RAISE EXCEPTION 'only the council (Văn phòng Sở) may lock or unlock a year' USING ERRCODE = '42501'; END IF; RETURN NEW; END $$;
DROP TRIGGER IF EXISTS xhht_lock_rules ON year_setting;
CREATE TRIGGER xhht_lock_rules BEFORE INSERT OR UPDATE ON year_setting FOR EACH ROW EXECUTE FUNCTION xhht_lock_rules();

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO xhht_clerk, xhht_council, xhht_leader, xhht_unit;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO xhht_clerk, xhht_council, xhht_leader;
REVOKE ALL ON server_login FROM xhht_clerk, xhht_council, xhht_leader, xhht_unit;
GRANT SELECT, USAGE ON ALL SEQUENCES IN SCHEMA public TO xhht_clerk, xhht_council, xhht_unit;

GRANT INSERT, UPDATE, DELETE ON unit, unit_event, task, task_assignee, submission, submission_value, submission_score, submission_evidence, imported_file, imported_file_unit, report_text, task_obligation, obligation_evidence, individual, year_setting, org_setting, recognition_dossier TO xhht_clerk;
GRANT INSERT, UPDATE, DELETE ON submission_score, year_setting, rubric, rubric_criterion, rubric_class, commendation_form, suggestion_rule, commendation_proposal, individual, recognition_decision, recognition_dossier TO xhht_council;
-- Saving a reviewed score recounts its submission and raises its version (optimistic saves): those columns only.
GRANT UPDATE (values_filled, self_total, self_count, version) ON submission TO xhht_council;
GRANT INSERT ON audit_log TO xhht_clerk, xhht_council, xhht_unit;

-- A unit's login: the plan (with its tasks' lead and coordinating units, which its
-- Plan screen shows), rubrics and its own rows only.
GRANT SELECT ON xhht_meta, plan, plan_section, phase, task, task_assignee, indicator, rubric, rubric_criterion, rubric_class, year_setting, org_setting, unit, submission, submission_value, submission_score, submission_evidence, audit_log TO xhht_unit;
GRANT INSERT, UPDATE, DELETE ON submission, submission_value, submission_score, submission_evidence TO xhht_unit;
-- Its own imported files (a unit sending its workbook through `xhht import submissions`).
GRANT SELECT, INSERT ON imported_file, imported_file_unit TO xhht_unit;

-- Its own unit's lineage (renamed, merged into it...): the window's submissions read the
-- year's lineage events, and a unit's login sees those of its own unit only.
GRANT SELECT ON unit_event TO xhht_unit;

ALTER TABLE unit ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS staff ON unit;
CREATE POLICY staff ON unit TO xhht_clerk, xhht_council, xhht_leader USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS own ON unit;
CREATE POLICY own ON unit FOR SELECT TO xhht_unit USING (id = xhht_login_unit_id());

ALTER TABLE unit_event ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS staff ON unit_event;
CREATE POLICY staff ON unit_event TO xhht_clerk, xhht_council, xhht_leader USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS own_read ON unit_event;
CREATE POLICY own_read ON unit_event FOR SELECT TO xhht_unit USING (unit_id = xhht_login_unit_id() OR related_unit_id = xhht_login_unit_id());

ALTER TABLE submission ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS staff ON submission;
CREATE POLICY staff ON submission TO xhht_clerk, xhht_council, xhht_leader USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS own_read ON submission;
CREATE POLICY own_read ON submission FOR SELECT TO xhht_unit USING (unit_id = xhht_login_unit_id());
DROP POLICY IF EXISTS own_insert ON submission;
CREATE POLICY own_insert ON submission FOR INSERT TO xhht_unit WITH CHECK (unit_id = xhht_login_unit_id() AND NOT xhht_year_locked(year));
DROP POLICY IF EXISTS own_update ON submission;
CREATE POLICY own_update ON submission FOR UPDATE TO xhht_unit USING (unit_id = xhht_login_unit_id() AND NOT xhht_year_locked(year)) WITH CHECK (unit_id = xhht_login_unit_id() AND NOT xhht_year_locked(year));
DROP POLICY IF EXISTS own_delete ON submission;
CREATE POLICY own_delete ON submission FOR DELETE TO xhht_unit USING (unit_id = xhht_login_unit_id() AND NOT xhht_year_locked(year));

ALTER TABLE submission_value ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS staff ON submission_value;
CREATE POLICY staff ON submission_value TO xhht_clerk, xhht_council, xhht_leader USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS own_read ON submission_value;
CREATE POLICY own_read ON submission_value FOR SELECT TO xhht_unit USING (xhht_own_submission(submission_id, false));
DROP POLICY IF EXISTS own_write ON submission_value;
CREATE POLICY own_write ON submission_value FOR ALL TO xhht_unit USING (xhht_own_submission(submission_id, true)) WITH CHECK (xhht_own_submission(submission_id, true));

ALTER TABLE submission_score ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS staff ON submission_score;
CREATE POLICY staff ON submission_score TO xhht_clerk, xhht_council, xhht_leader USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS own_read ON submission_score;
CREATE POLICY own_read ON submission_score FOR SELECT TO xhht_unit USING (xhht_own_submission(submission_id, false));
DROP POLICY IF EXISTS own_write ON submission_score;
CREATE POLICY own_write ON submission_score FOR ALL TO xhht_unit USING (xhht_own_submission(submission_id, true)) WITH CHECK (xhht_own_submission(submission_id, true));

ALTER TABLE submission_evidence ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS staff ON submission_evidence;
CREATE POLICY staff ON submission_evidence TO xhht_clerk, xhht_council, xhht_leader USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS own_read ON submission_evidence;
CREATE POLICY own_read ON submission_evidence FOR SELECT TO xhht_unit USING (xhht_own_submission(submission_id, false));
DROP POLICY IF EXISTS own_write ON submission_evidence;
CREATE POLICY own_write ON submission_evidence FOR ALL TO xhht_unit USING (xhht_own_submission(submission_id, true)) WITH CHECK (xhht_own_submission(submission_id, true));

ALTER TABLE imported_file ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS staff ON imported_file;
CREATE POLICY staff ON imported_file TO xhht_clerk, xhht_council, xhht_leader USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS own_read ON imported_file;
CREATE POLICY own_read ON imported_file FOR SELECT TO xhht_unit USING (actor = session_user);
DROP POLICY IF EXISTS own_insert ON imported_file;
CREATE POLICY own_insert ON imported_file FOR INSERT TO xhht_unit WITH CHECK (true);

ALTER TABLE imported_file_unit ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS staff ON imported_file_unit;
CREATE POLICY staff ON imported_file_unit TO xhht_clerk, xhht_council, xhht_leader USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS own ON imported_file_unit;
CREATE POLICY own ON imported_file_unit FOR ALL TO xhht_unit USING (unit_id = xhht_login_unit_id()) WITH CHECK (unit_id = xhht_login_unit_id());

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS staff ON audit_log;
CREATE POLICY staff ON audit_log TO xhht_clerk, xhht_council, xhht_leader USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS own_read ON audit_log;
CREATE POLICY own_read ON audit_log FOR SELECT TO xhht_unit USING (actor = session_user);
DROP POLICY IF EXISTS own_insert ON audit_log;
CREATE POLICY own_insert ON audit_log FOR INSERT TO xhht_unit WITH CHECK (true);

-- Open windows follow other people's changes: every write announces its table on the
-- channel xhht_changes (LISTEN/NOTIFY), once per statement; the windows reload what
-- shows that table's data.
CREATE OR REPLACE FUNCTION xhht_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('xhht_changes', TG_TABLE_NAME); RETURN NULL; END $$;
DROP TRIGGER IF EXISTS xhht_notify ON unit;
CREATE TRIGGER xhht_notify AFTER INSERT OR UPDATE OR DELETE ON unit FOR EACH STATEMENT EXECUTE FUNCTION xhht_notify_change();
DROP TRIGGER IF EXISTS xhht_notify ON submission;
CREATE TRIGGER xhht_notify AFTER INSERT OR UPDATE OR DELETE ON submission FOR EACH STATEMENT EXECUTE FUNCTION xhht_notify_change();
DROP TRIGGER IF EXISTS xhht_notify ON submission_value;
CREATE TRIGGER xhht_notify AFTER INSERT OR UPDATE OR DELETE ON submission_value FOR EACH STATEMENT EXECUTE FUNCTION xhht_notify_change();
DROP TRIGGER IF EXISTS xhht_notify ON submission_score;
CREATE TRIGGER xhht_notify AFTER INSERT OR UPDATE OR DELETE ON submission_score FOR EACH STATEMENT EXECUTE FUNCTION xhht_notify_change();
DROP TRIGGER IF EXISTS xhht_notify ON year_setting;
CREATE TRIGGER xhht_notify AFTER INSERT OR UPDATE OR DELETE ON year_setting FOR EACH STATEMENT EXECUTE FUNCTION xhht_notify_change();
DROP TRIGGER IF EXISTS xhht_notify ON rubric_criterion;
CREATE TRIGGER xhht_notify AFTER INSERT OR UPDATE OR DELETE ON rubric_criterion FOR EACH STATEMENT EXECUTE FUNCTION xhht_notify_change();
DROP TRIGGER IF EXISTS xhht_notify ON task_obligation;
CREATE TRIGGER xhht_notify AFTER INSERT OR UPDATE OR DELETE ON task_obligation FOR EACH STATEMENT EXECUTE FUNCTION xhht_notify_change();
DROP TRIGGER IF EXISTS xhht_notify ON commendation_proposal;
CREATE TRIGGER xhht_notify AFTER INSERT OR UPDATE OR DELETE ON commendation_proposal FOR EACH STATEMENT EXECUTE FUNCTION xhht_notify_change();
DROP TRIGGER IF EXISTS xhht_notify ON individual;
CREATE TRIGGER xhht_notify AFTER INSERT OR UPDATE OR DELETE ON individual FOR EACH STATEMENT EXECUTE FUNCTION xhht_notify_change();
DROP TRIGGER IF EXISTS xhht_notify ON report_text;
CREATE TRIGGER xhht_notify AFTER INSERT OR UPDATE OR DELETE ON report_text FOR EACH STATEMENT EXECUTE FUNCTION xhht_notify_change();
DROP TRIGGER IF EXISTS xhht_notify ON recognition_decision;
CREATE TRIGGER xhht_notify AFTER INSERT OR UPDATE OR DELETE ON recognition_decision FOR EACH STATEMENT EXECUTE FUNCTION xhht_notify_change();
DROP TRIGGER IF EXISTS xhht_notify ON recognition_dossier;
CREATE TRIGGER xhht_notify AFTER INSERT OR UPDATE OR DELETE ON recognition_dossier FOR EACH STATEMENT EXECUTE FUNCTION xhht_notify_change();
