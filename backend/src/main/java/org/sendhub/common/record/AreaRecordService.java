package org.sendhub.common.record;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sendhub.common.audit.HistoryEntry;
import org.sendhub.common.paging.ListQuery;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.problem.FieldError;
import org.sendhub.common.problem.InputRules;
import org.sendhub.common.problem.ProblemException;

/**
 * The lifecycle of a record of an area: found only within its area (elsewhere it is 404,
 * whether or not it exists), created and changed from its input once every rule holds (every
 * broken rule reported at once, as a 422), listed through {@link ListQuery}.
 *
 * @param <E> the entity
 * @param <I> the input the API takes to create or change it
 * @param <V> the view the API returns
 */
public abstract class AreaRecordService<E extends AreaRecord, I, V> extends ArchivableRecords<E, UUID, V> {

    protected abstract E newRecord();

    /** The rules of the record type beyond its input's Bean Validation constraints, links among them. */
    protected abstract List<FieldError> check(String areaCode, I input);

    /** Copies the (checked) input onto the record. */
    protected abstract void apply(E entity, I input);

    /** The rules of a change beyond those of the input alone: what the record, once kept, lets change. */
    protected List<FieldError> checkChange(E entity, I input) {
        return List.of();
    }

    public V create(String areaCode, I input, String actor) {
        return create(areaCode, input, actor, false);
    }

    /**
     * {@code baseline}: the record existed before it was entered (the demo load, an import, a first
     * entry marked so), so that history does not count it as new on days before.
     */
    public V create(String areaCode, I input, String actor, boolean baseline) {
        checked(areaCode, input, null);
        E entity = newRecord();
        apply(entity, input);
        entity.id = UUID.randomUUID();
        entity.areaCode = areaCode;
        return insert(entity, actor, baseline);
    }

    public V update(String areaCode, UUID id, int expectedVersion, I input, String actor) {
        E entity = findCurrent(areaCode, id, expectedVersion);
        checked(areaCode, input, entity);
        V before = view(entity);
        apply(entity, input);
        return saveChange(entity, before, actor);
    }

    /** @param existing the record as kept, when the input changes one */
    private void checked(String areaCode, I input, E existing) {
        var errors = new ArrayList<>(rules.violations(input));
        errors.addAll(check(areaCode, input));
        if (existing != null) {
            errors.addAll(checkChange(existing, input));
        }
        InputRules.throwIfAny(errors);
    }

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

    /** The record's history from the audit log, newest first; 404 when it is not in the area. */
    public Page<HistoryEntry> history(String areaCode, UUID id, PageRequest page) {
        find(areaCode, id);
        return audit.history(areaCode, entityType(), id.toString(), page);
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
