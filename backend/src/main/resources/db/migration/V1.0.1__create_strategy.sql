CREATE TABLE strategy (
    id            uuid          PRIMARY KEY,
    area_code     varchar(9)    NOT NULL REFERENCES area (code),
    title         varchar(200)  NOT NULL CHECK (length(trim(title)) > 0),
    period_start  date,
    period_end    date,
    status        varchar(16)   NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ENDED')),
    vision        varchar(4000),
    principles    jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(principles) = 'array'),
    archived      boolean       NOT NULL DEFAULT false,
    version       integer       NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    CONSTRAINT strategy_period_in_order CHECK (period_end >= period_start)
);
CREATE INDEX strategy_area_idx ON strategy (area_code, period_start DESC NULLS LAST);
