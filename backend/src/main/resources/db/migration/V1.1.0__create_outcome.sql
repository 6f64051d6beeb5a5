-- An outcome of a strategy's outcomes framework, e.g. "I am heard".
CREATE TABLE outcome (
    id              uuid          PRIMARY KEY,
    area_code       varchar(9)    NOT NULL REFERENCES area (code),
    strategy_id     uuid          NOT NULL REFERENCES strategy (id),
    statement       varchar(200)  NOT NULL CHECK (length(trim(statement)) > 0),
    description     varchar(4000),
    indicator_codes jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(indicator_codes) = 'array'),
    archived        boolean       NOT NULL DEFAULT false,
    version         integer       NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL
);
CREATE INDEX outcome_area_idx ON outcome (area_code, strategy_id);

-- Which outcomes a priority serves (kept by the priority).
CREATE TABLE priority_outcome (
    priority_id  uuid  NOT NULL REFERENCES priority (id),
    outcome_id   uuid  NOT NULL REFERENCES outcome (id),
    PRIMARY KEY (priority_id, outcome_id)
);
CREATE INDEX priority_outcome_outcome_idx ON priority_outcome (outcome_id);
