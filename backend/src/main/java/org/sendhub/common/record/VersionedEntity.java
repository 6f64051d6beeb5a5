package org.sendhub.common.record;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** What every kept record has: a version (its ETag) and when it was made and last changed. */
@MappedSuperclass
public abstract class VersionedEntity {

    @Version
    public int version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /**
     * The record's status as the audit keeps it beside each snapshot (the constant's name), so
     * that history such as "RAG status on a day" reads a column, not the API's JSON; null for a
     * record with no status.
     */
    public String auditedStatus() {
        return null;
    }
}
