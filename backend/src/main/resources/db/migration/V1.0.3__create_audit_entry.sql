-- Every change to a record, with the record before and after it. Rows are only ever added.
CREATE TABLE audit_entry (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    area_code    varchar(9)   NOT NULL REFERENCES area (code),
    entity_type  varchar(32)  NOT NULL,
    entity_id    varchar(64)  NOT NULL,
    action       varchar(16)  NOT NULL CHECK (action IN ('create', 'update', 'archive', 'restore')),
    actor        varchar(200) NOT NULL,
    at           timestamptz  NOT NULL,
    before       jsonb,
    after        jsonb
);
CREATE INDEX audit_entry_area_idx ON audit_entry (area_code, id DESC);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_id);
