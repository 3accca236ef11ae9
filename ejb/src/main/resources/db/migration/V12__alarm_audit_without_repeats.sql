-- An alarm's latest reading and count of repeats change with every repeat of its condition: the audit
-- trail keeps what the care team did and where the alarm went, not each repeat (see Alarm).
alter table alarm_aud drop column measured_value;
alter table alarm_aud drop column unit;
alter table alarm_aud drop column limit_value;
alter table alarm_aud drop column explanation_it;
alter table alarm_aud drop column explanation_en;
alter table alarm_aud drop column last_at;
alter table alarm_aud drop column trigger_count;
