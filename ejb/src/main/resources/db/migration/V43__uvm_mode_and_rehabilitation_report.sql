-- How a UVM was held (seed 003 §2.1.2, §2.2.7): in presence, mixed (the patient present, some
-- professionals by video) or remote (the professionals without the patient). Tele-rehabilitation needs
-- the patient present. UVMs recorded before this version were the ones PRIs were approved on and the form
-- asked nothing about the patient: they are taken as held with the patient, mixed when a participant
-- joined remotely (Jakarta JSON Binding writes the participant as {"name":…,"remote":true,…}).
alter table uvm add column mode varchar(20);
update uvm set mode = case when participants like '%"remote":true%' then 'MIXED' else 'IN_PRESENCE' end;
alter table uvm alter column mode set not null;
alter table uvm_aud add column mode varchar(20);

-- A PRI's status may now be CONCLUDED (its final rehabilitation report signed) and an outcome document's
-- kind REHABILITATION_REPORT: both columns are free text already, nothing to change.
