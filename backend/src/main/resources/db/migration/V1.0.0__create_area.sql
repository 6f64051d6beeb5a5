-- An area is a local area partnership, identified by its ONS GSS code.
CREATE TABLE area (
    code        varchar(9)   PRIMARY KEY CHECK (code ~ '^[EWSN][0-9]{8}$'),
    name        varchar(200) NOT NULL CHECK (length(trim(name)) > 0),
    icb_code    varchar(9)   CHECK (icb_code ~ '^[EWSN][0-9]{8}$'),
    icb_name    varchar(200),
    demo        boolean      NOT NULL DEFAULT false,
    version     integer      NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL
);
