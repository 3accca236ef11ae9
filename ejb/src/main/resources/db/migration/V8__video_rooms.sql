-- The Jitsi Meet room of a booked video slot: an unguessable name, made when the slot is booked.

alter table slot add column room varchar(64);
alter table slot_aud add column room varchar(64);
