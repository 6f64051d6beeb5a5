-- Saved EES mappings: how a DfE open-data file becomes indicator values, kept so that next
-- year's release of the same file is imported with one click. Shared by every user.
CREATE TABLE ees_mapping (
    code        varchar(64)    PRIMARY KEY CHECK (code ~ '^[a-z0-9_-]{1,64}$'),
    name        varchar(200)   NOT NULL CHECK (length(trim(name)) > 0),
    description varchar(4000),
    file_name   varchar(200),
    mapping     jsonb          NOT NULL CHECK (jsonb_typeof(mapping) = 'object'),
    archived    boolean        NOT NULL DEFAULT false,
    version     integer        NOT NULL DEFAULT 0,
    created_at  timestamptz    NOT NULL,
    updated_at  timestamptz    NOT NULL
);
