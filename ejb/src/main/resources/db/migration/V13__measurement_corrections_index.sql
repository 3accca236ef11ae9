-- Valid readings are those no later row corrects: the "not exists" behind every series and chart looks
-- rows up by corrects_id.
create index measurement_corrects on measurement (corrects_id);
