-- The other codes a reading was sent with (the resource's or component's codings beside the one IRT stores
-- it under, e.g. 2708-6 beside SpO2 59408-5, or 15074-8 for capillary glucose 41653-7), space-delimited
-- with a space at each end so that a search by any coding the client sent finds it. Null when none.
alter table measurement add column sent_codes varchar(200);
