-- Each FHIR Observation as its sender sent it, one row per version (the first create, then each
-- correction re-sending its identifier), served back as received with IRT's id, versionId and
-- lastUpdated. Append-only and not audited, like the measurements it holds. Its ids come from the
-- measurement sequence: a reading stored before this table (its measurement id was its FHIR id) and a
-- resource never share an id, and a correction of such a reading names that id as first_version_id.
create table observation_version (
    id               bigint primary key,
    tenant_code      varchar(40) not null references tenant (code),
    first_version_id bigint,
    version_number   integer not null,
    patient_id       bigint not null references patient (id),
    device_id        bigint references device (id),
    resource_json    varchar(10000000) not null,
    received_at      timestamp(6) with time zone not null,
    sent_by          varchar(80) not null,
    unique (tenant_code, first_version_id, version_number)
);
create index observation_version_first on observation_version (first_version_id, tenant_code);

-- The readings of a version (one per quantity, one per component of a panel) and the panel's code,
-- which a search by code (85354-9), component-code or combo-code looks at.
alter table measurement add column observation_version_id bigint references observation_version (id);
alter table measurement add column panel_code varchar(20);
