-- Published statistics (DfE's, OHID's releases) are read by every signed-in user for every
-- place; local indicators (an area's own figures) by that area's users and analysts.
ALTER TABLE indicator ADD COLUMN published boolean NOT NULL DEFAULT false;

-- A figure the source withheld, by its EES symbol: x not available, z not applicable,
-- c confidential, low rounds to zero, u low reliability. A withheld figure has no value.
ALTER TABLE indicator_value ADD COLUMN suppression varchar(3)
    CHECK (suppression IN ('x', 'z', 'c', 'low', 'u'));
ALTER TABLE indicator_value ADD CONSTRAINT indicator_value_suppressed_has_no_value
    CHECK (suppression IS NULL OR value IS NULL);
