-- The JSNA indicator catalogue, shared by all areas.
CREATE TABLE indicator (
    code        varchar(64)    PRIMARY KEY CHECK (code ~ '^[a-z0-9_]{1,64}$'),
    name        varchar(200)   NOT NULL CHECK (length(trim(name)) > 0),
    definition  varchar(4000),
    unit        varchar(16)    NOT NULL CHECK (unit IN ('PERCENT', 'COUNT', 'RATE_PER_1000', 'RATIO', 'CURRENCY')),
    polarity    varchar(20)    NOT NULL
                CHECK (polarity IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NO_JUDGEMENT')),
    source      varchar(500),
    breakdowns  jsonb          NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(breakdowns) = 'array'),
    archived    boolean        NOT NULL DEFAULT false,
    version     integer        NOT NULL DEFAULT 0,
    created_at  timestamptz    NOT NULL,
    updated_at  timestamptz    NOT NULL
);

-- One figure: an indicator for an area and a period, for the headline (total/total) or one
-- category of a breakdown. A re-import replaces, never duplicates.
CREATE TABLE indicator_value (
    id              bigint         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_code  varchar(64)    NOT NULL REFERENCES indicator (code),
    area_code       varchar(9)     NOT NULL REFERENCES area (code),
    period          varchar(20)    NOT NULL CHECK (length(trim(period)) > 0),
    period_start    date           NOT NULL,
    breakdown       varchar(64)    NOT NULL,
    category        varchar(64)    NOT NULL,
    value           numeric,
    numerator       numeric,
    denominator     numeric        CHECK (denominator > 0),
    lower_ci        numeric,
    upper_ci        numeric,
    note            varchar(1000),
    CONSTRAINT indicator_value_key UNIQUE (indicator_code, area_code, period, breakdown, category),
    CONSTRAINT indicator_value_ci_around_value CHECK (
        (lower_ci IS NULL OR value IS NULL OR lower_ci <= value)
        AND (upper_ci IS NULL OR value IS NULL OR value <= upper_ci)),
    CONSTRAINT indicator_value_total_is_total CHECK ((breakdown = 'total') = (category = 'total'))
);
CREATE INDEX indicator_value_query_idx ON indicator_value (indicator_code, breakdown, area_code, period_start);

-- The audit log also records imports, and catalogue changes (which belong to no area).
ALTER TABLE audit_entry ALTER COLUMN area_code DROP NOT NULL;
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check
    CHECK (action IN ('create', 'update', 'archive', 'restore', 'import'));
