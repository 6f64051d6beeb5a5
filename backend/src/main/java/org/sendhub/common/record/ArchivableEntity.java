package org.sendhub.common.record;

import jakarta.persistence.MappedSuperclass;

/** A record that is archived, never deleted: it leaves default lists and can be restored. */
@MappedSuperclass
public abstract class ArchivableEntity extends VersionedEntity {

    public boolean archived;
}
