-- A priority's actions keep their status as the constant's name (as every status column
-- does), not as the API spells it; and PostgreSQL keeps whether any measure names an
-- indicator, for the broken-chain check, with a jsonb path instead of a search of JSON text.
UPDATE priority
SET actions = (SELECT coalesce(jsonb_agg(CASE WHEN a ? 'status' AND a ->> 'status' IS NOT NULL
                                              THEN jsonb_set(a, '{status}', to_jsonb(upper(a ->> 'status')))
                                              ELSE a || '{"status": "NOT_STARTED"}' END ORDER BY n), '[]')
               FROM jsonb_array_elements(actions) WITH ORDINALITY AS e (a, n));

ALTER TABLE priority ADD COLUMN has_measure boolean NOT NULL
    GENERATED ALWAYS AS (jsonb_path_exists(measures, '$[*] ? (@.indicatorCode != null)')) STORED;
