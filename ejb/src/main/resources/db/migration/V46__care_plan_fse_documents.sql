-- Every approved version of a PAI or PRI goes to the FSE too (issue 19 pt 7): an FSE outbox row now
-- carries either a signed outcome document or a plan version, never both, and at most one row per
-- plan version (approving is final, so a version is sent once).
alter table fse_outbox alter column outcome_document_id drop not null;
alter table fse_outbox add column care_plan_id bigint references care_plan (id);
alter table fse_outbox add column plan_number integer;
alter table fse_outbox add constraint fse_outbox_care_plan unique (care_plan_id);
alter table fse_outbox add constraint fse_outbox_one_source check (
    (outcome_document_id is not null and care_plan_id is null and plan_number is null)
    or (outcome_document_id is null and care_plan_id is not null and plan_number is not null));
