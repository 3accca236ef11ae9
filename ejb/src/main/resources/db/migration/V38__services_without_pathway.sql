-- Televisit, teleconsult and teleconsultancy need no UVM nor PAI (seed 003 §2.2.1-2.2.3): the patient's
-- consent to telemedicine for them may be given outside any pathway (no enrolment), and an encounter
-- names the pathway it belongs to when it has one.
alter table consent alter column enrolment_id drop not null;
create index consent_patient on consent (tenant_code, patient_id);

alter table encounter add column enrolment_id bigint references enrolment (id);
alter table encounter_aud add column enrolment_id bigint;
