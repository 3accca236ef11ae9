-- Device faults (issue 17 point 5): a device-at-home ticket names the device it is about and, once
-- the help desk assigns one, the stock device replacing it; installing the replacement collects the
-- faulty device and resolves the ticket. The device's FAULTY status needs no column (status is text).

alter table ticket add column device_id bigint references device (id);
alter table ticket add column replacement_device_id bigint references device (id);
create index ticket_replacement on ticket (tenant_code, replacement_device_id);

alter table ticket_aud add column device_id bigint;
alter table ticket_aud add column replacement_device_id bigint;
