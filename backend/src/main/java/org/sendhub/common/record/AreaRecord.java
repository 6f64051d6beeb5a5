package org.sendhub.common.record;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A record that belongs to one area: identity and tenancy, besides version and archive state. */
@MappedSuperclass
public abstract class AreaRecord extends ArchivableEntity {

    @Id
    public UUID id;

    @Column(name = "area_code")
    public String areaCode;
}
