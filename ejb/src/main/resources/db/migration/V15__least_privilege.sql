-- Least privilege inside an ASST: which part of the record each access touched (identity, pathway,
-- clinical), who registered a patient (a COT or ADI operator who did is involved in the pathway),
-- and each API client's SMART scopes. Existing clients keep what a device gateway needs.
alter table patient_access add column data_part varchar(20);
alter table patient add column registered_by varchar(80);
alter table api_client add column scopes varchar(1000);
alter table api_client_aud add column scopes varchar(1000);
update api_client set scopes = 'system/Observation.c system/QuestionnaireResponse.c system/Patient.rs system/Device.rs';
alter table api_client alter column scopes set not null;
