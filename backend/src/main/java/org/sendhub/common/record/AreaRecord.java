package org.sendhub.common.record;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** What every record of an area has: identity, tenancy, version and archive state. */
@MappedSuperclass
public abstract class AreaRecord {

    @Id
    public UUID id;

    @Column(name = "area_code")
    public String areaCode;

    public boolean archived;

    @Version
    public int version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
