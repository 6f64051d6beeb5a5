package org.sendhub.common.record;

import java.util.UUID;

import org.sendhub.common.paging.ListQuery;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.problem.ProblemException;

/**
 * The lifecycle of a record of an area: found only within its area (elsewhere it is 404,
 * whether or not it exists), listed through {@link ListQuery}.
 *
 * @param <E> the entity
 * @param <V> the view the API returns
 */
public abstract class AreaRecordService<E extends AreaRecord, V> extends ArchivableRecords<E, UUID, V> {

    @Override
    protected UUID key(E entity) {
        return entity.id;
    }

    @Override
    protected String auditArea(E entity) {
        return entity.areaCode;
    }

    /** The record, if it belongs to the area; else 404. */
    protected E find(String areaCode, UUID id) {
        return inArea(areaCode, id, repository().findById(id));
    }

    /** The record, locked for a change ({@link #lockForChange}), if it belongs to the area; else 404. */
    protected E findForChange(String areaCode, UUID id) {
        return inArea(areaCode, id, lockForChange(id));
    }

    private E inArea(String areaCode, UUID id, E entity) {
        if (entity == null || !entity.areaCode.equals(areaCode)) {
            throw ProblemException.notFound("No " + entityType() + " " + id + " in area " + areaCode + ".");
        }
        return entity;
    }

    public V get(String areaCode, UUID id) {
        return detail(find(areaCode, id));
    }

    /** The record without its links, for read models that need only its own fields. */
    public V view(String areaCode, UUID id) {
        return view(find(areaCode, id));
    }

    protected Page<V> page(ListQuery query, PageRequest page) {
        return query.page(repository(), page, this::view);
    }

    protected V insert(String areaCode, E entity, String actor) {
        entity.id = UUID.randomUUID();
        entity.areaCode = areaCode;
        return insert(entity, actor);
    }

    /** Loads the record and refuses the change if the caller read an older version. */
    protected E findCurrent(String areaCode, UUID id, int expectedVersion) {
        return requireCurrent(findForChange(areaCode, id), expectedVersion);
    }

    public V archive(String areaCode, UUID id, int expectedVersion, String actor) {
        return archive(findForChange(areaCode, id), expectedVersion, actor);
    }

    public V restore(String areaCode, UUID id, String actor) {
        return restore(findForChange(areaCode, id), actor);
    }
}
