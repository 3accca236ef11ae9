-- An encounter whose video failed goes on by telephone: when, and why (audited like the rest).
alter table encounter add column held_by_phone_at timestamp(6) with time zone;
alter table encounter add column phone_reason varchar(1000);
alter table encounter_aud add column held_by_phone_at timestamp(6) with time zone;
alter table encounter_aud add column phone_reason varchar(1000);
