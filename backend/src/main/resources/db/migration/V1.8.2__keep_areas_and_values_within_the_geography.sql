-- England was kept as an "area" only to hold the figures local areas compare with. It is a place
-- of the geography now, not a partnership area: its import audit entries stay, under no area,
-- and the row goes, provided no record was ever kept in it.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM area WHERE code = 'E92000001')
       AND NOT EXISTS (SELECT 1 FROM strategy WHERE area_code = 'E92000001')
       AND NOT EXISTS (SELECT 1 FROM service WHERE area_code = 'E92000001')
       AND NOT EXISTS (SELECT 1 FROM coproduction WHERE area_code = 'E92000001') THEN
        UPDATE audit_entry SET area_code = NULL WHERE area_code = 'E92000001';
        ALTER TABLE area DISABLE TRIGGER area_never_deleted;
        DELETE FROM area WHERE code = 'E92000001';
        ALTER TABLE area ENABLE TRIGGER area_never_deleted;
    END IF;
    IF EXISTS (SELECT 1 FROM area a WHERE NOT EXISTS (
            SELECT 1 FROM place p WHERE p.code = a.code AND p.level = 'local_authority')) THEN
        RAISE EXCEPTION 'Areas that are not local authorities of the geography: %',
            (SELECT string_agg(code, ', ' ORDER BY code) FROM area a WHERE NOT EXISTS (
                SELECT 1 FROM place p WHERE p.code = a.code AND p.level = 'local_authority'));
    END IF;
END
$$;

-- A partnership area is a local authority of the geography.
ALTER TABLE area ADD COLUMN place_level varchar(16) NOT NULL DEFAULT 'local_authority'
    CHECK (place_level = 'local_authority');
ALTER TABLE area ADD CONSTRAINT area_is_a_local_authority
    FOREIGN KEY (code, place_level) REFERENCES place (code, level);

-- Indicator values belong to any place of the geography, checked as before: once a statement,
-- in one outer-joined scan of the rows it wrote (V1.5.0), never by per-row foreign keys.
CREATE OR REPLACE FUNCTION indicator_value_references_exist() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM written w
               LEFT JOIN indicator i ON i.code = w.indicator_code
               LEFT JOIN place p ON p.code = w.area_code
               WHERE i.code IS NULL OR p.code IS NULL) THEN
        RAISE foreign_key_violation USING MESSAGE = 'indicator_value refers to an indicator or a place that does not exist';
    END IF;
    RETURN NULL;
END
$$;
