-- Entries IRT writes are stored as a bundle key and its arguments, rendered in the reader's
-- language; entries written before keep their Italian sentence in summary, and notes their words.
alter table record_entry add column message_key varchar(80);
alter table record_entry add column message_args varchar(100000);
alter table record_entry alter column summary drop not null;
alter table record_entry add constraint record_entry_says
    check (summary is not null or (message_key is not null and message_args is not null));
