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
-- category of a breakdown. The key makes a re-import replace, never duplicate; it also serves
-- the analysts' queries (by indicator, then area), so the table needs no other index.
CREATE TABLE indicator_value (
    indicator_code  varchar(64)    NOT NULL,
    area_code       varchar(9)     NOT NULL,
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
    CONSTRAINT indicator_value_key PRIMARY KEY (indicator_code, area_code, breakdown, category, period),
    CONSTRAINT indicator_value_ci_around_value CHECK (
        (lower_ci IS NULL OR value IS NULL OR lower_ci <= value)
        AND (upper_ci IS NULL OR value IS NULL OR value <= upper_ci)),
    CONSTRAINT indicator_value_total_is_total CHECK ((breakdown = 'total') = (category = 'total'))
);

-- Its references to indicator and area are checked once a statement, over all the rows it
-- wrote, instead of by per-row foreign keys: those made a national import (a million values)
-- spend most of its time checking the same 200 codes. Areas and indicators are archived, never
-- deleted, so a reference can only go wrong when it is written.
CREATE FUNCTION indicator_value_references_exist() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM written w WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.code = w.indicator_code)) THEN
        RAISE foreign_key_violation USING MESSAGE = 'indicator_value refers to an indicator that does not exist';
    END IF;
    IF EXISTS (SELECT 1 FROM written w WHERE NOT EXISTS (SELECT 1 FROM area a WHERE a.code = w.area_code)) THEN
        RAISE foreign_key_violation USING MESSAGE = 'indicator_value refers to an area that does not exist';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER indicator_value_inserted_references AFTER INSERT ON indicator_value
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION indicator_value_references_exist();
CREATE TRIGGER indicator_value_updated_references AFTER UPDATE ON indicator_value
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION indicator_value_references_exist();

CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE restrict_violation USING MESSAGE = TG_TABLE_NAME || ' rows are archived, never deleted';
END
$$;
CREATE TRIGGER area_never_deleted BEFORE DELETE ON area FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER indicator_never_deleted BEFORE DELETE ON indicator FOR EACH ROW EXECUTE FUNCTION refuse_delete();

-- The audit log also records imports, and catalogue changes (which belong to no area).
ALTER TABLE audit_entry ALTER COLUMN area_code DROP NOT NULL;
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check
    CHECK (action IN ('create', 'update', 'archive', 'restore', 'import'));
