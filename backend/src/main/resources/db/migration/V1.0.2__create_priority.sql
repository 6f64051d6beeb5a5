CREATE TABLE priority (
    id           uuid          PRIMARY KEY,
    area_code    varchar(9)    NOT NULL REFERENCES area (code),
    strategy_id  uuid          NOT NULL REFERENCES strategy (id),
    number       integer       NOT NULL CHECK (number BETWEEN 1 AND 999),
    title        varchar(200)  NOT NULL CHECK (length(trim(title)) > 0),
    description  varchar(4000),
    rationale    varchar(4000),
    status       varchar(16)   NOT NULL
                 CHECK (status IN ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'ACHIEVED')),
    lead         varchar(200),
    actions      jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(actions) = 'array'),
    measures     jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(measures) = 'array'),
    archived     boolean       NOT NULL DEFAULT false,
    version      integer       NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL
);
CREATE INDEX priority_area_idx ON priority (area_code, strategy_id, number);
