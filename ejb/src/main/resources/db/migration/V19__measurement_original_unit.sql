-- A reading sent in another unit than the protocol's (pounds, degrees Fahrenheit, mmol/L) is stored
-- converted to the protocol's unit; these keep what the sender sent. Null when nothing was converted.
alter table measurement add column original_value double precision;
alter table measurement add column original_unit varchar(20);
