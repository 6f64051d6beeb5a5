-- A priority's measure names the category of a breakdown it follows (the headline figure is
-- total/total) and keeps one target, a number in the indicator's unit. A target that was kept
-- in words is not lost: it moves into the measure's description, and into the number when the
-- words were a plain number.
UPDATE priority
SET measures = (SELECT coalesce(jsonb_agg(
            (m - 'target')
            || jsonb_build_object(
                   'breakdown', CASE WHEN m ->> 'indicatorCode' IS NULL THEN NULL
                                     ELSE coalesce(m ->> 'breakdown', 'total') END,
                   'category', CASE WHEN m ->> 'indicatorCode' IS NULL THEN NULL
                                    ELSE coalesce(m ->> 'category', 'total') END,
                   'targetValue', CASE WHEN m ->> 'targetValue' IS NOT NULL THEN m -> 'targetValue'
                                       WHEN m ->> 'target' ~ '^\s*-?[0-9]+(\.[0-9]+)?\s*$'
                                           THEN to_jsonb(trim(m ->> 'target')::numeric)
                                       ELSE NULL END,
                   'description', CASE WHEN m ->> 'target' IS NULL OR m ->> 'target' ~ '^\s*-?[0-9]+(\.[0-9]+)?\s*$'
                                       THEN m -> 'description'
                                       ELSE to_jsonb((m ->> 'description') || ' (target: ' || (m ->> 'target') || ')') END)
            ORDER BY n), '[]')
    FROM jsonb_array_elements(measures) WITH ORDINALITY AS e (m, n));

-- Whether a priority has a measure is decided in one place, the code (Priority.isMeasured), for
-- the trace, the broken chains and the dashboard alike: the column that said it a second way goes.
ALTER TABLE priority DROP COLUMN has_measure;

-- A record that existed before it was entered (the demo load, an import, a first entry marked as
-- the baseline) is not "new" on any day: history reads its first entry as its state from the start.
ALTER TABLE audit_entry ADD COLUMN baseline boolean NOT NULL DEFAULT false;
UPDATE audit_entry SET baseline = true WHERE action = 'create' AND actor = 'demo-data';

-- A co-production record is closed only once feedback was given, on a day (the loop closed).
-- A record marked closed with no such day had responded, not closed the loop: it says so now.
UPDATE coproduction SET status = 'RESPONDED' WHERE status = 'CLOSED' AND feedback_given_on IS NULL;
ALTER TABLE coproduction ADD CONSTRAINT coproduction_closed_after_feedback
    CHECK (status <> 'CLOSED' OR feedback_given_on IS NOT NULL);
