package org.sendhub.common.record;

import org.sendhub.common.audit.AuditLog;

/** The lifecycle of records that are archived and restored, never deleted. */
public abstract class ArchivableRecords<E extends ArchivableEntity, K, V> extends VersionedRecords<E, K, V> {

    protected V archive(E entity, int expectedVersion, String actor) {
        return setArchived(requireCurrent(entity, expectedVersion), true, actor);
    }

    protected V restore(E entity, String actor) {
        return setArchived(entity, false, actor);
    }

    private V setArchived(E entity, boolean archived, String actor) {
        if (entity.archived == archived) {
            return detail(entity);
        }
        V before = view(entity);
        entity.archived = archived;
        return save(entity, archived ? AuditLog.Action.archive : AuditLog.Action.restore, before, actor);
    }
}
