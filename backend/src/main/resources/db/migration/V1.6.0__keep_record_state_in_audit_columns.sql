-- The audit keeps the state that history reads (a record's status, whether it is archived) in
-- columns of its own, written from the record itself, so that "RAG status on a day" does not
-- depend on how the API prints a record in the before/after snapshots.
ALTER TABLE audit_entry
    ADD COLUMN record_status   varchar(32),
    ADD COLUMN record_archived boolean;

UPDATE audit_entry
SET record_status = upper(after ->> 'status'),
    record_archived = (after ->> 'archived')::boolean
WHERE after IS NOT NULL AND entity_type IN ('strategy', 'priority', 'service', 'coproduction');

UPDATE audit_entry
SET record_archived = (after ->> 'archived')::boolean
WHERE after IS NOT NULL AND entity_type IN ('outcome', 'indicator');
