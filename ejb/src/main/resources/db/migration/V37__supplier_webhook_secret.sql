-- The key a supplier's webhook hand-offs are signed with (HMAC-SHA256), issued by the Region and shown
-- once; not audited (a secret has no place in the history).
alter table supplier add column webhook_secret varchar(64);
