package org.sendhub.common.record;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.sendhub.common.audit.AuditLog;
import org.sendhub.common.etag.ETags;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.problem.InputRules;
import org.sendhub.common.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The life of an area record, the same for every record type: found only within its area,
 * created, changed only from the version the caller read, archived and restored, each step
 * audited with the record before and after. Subclasses add their fields and rules, and carry
 * {@code @Transactional}.
 *
 * @param <E> the entity
 * @param <V> the view the API returns (also what the audit log keeps)
 */
public abstract class AreaRecordService<E extends AreaRecord, V> {

    @Inject
    protected AuditLog audit;

    @Inject
    protected InputRules rules;

    protected abstract PanacheRepositoryBase<E, UUID> repository();

    /** The name used in the audit log and in messages, e.g. {@code priority}. */
    protected abstract String entityType();

    protected abstract V view(E entity);

    /** What the API answers for one record: the view, with its links where the type has any. */
    protected V detail(E entity) {
        return view(entity);
    }

    /** The record, if it belongs to the area; else 404, whether or not it exists elsewhere. */
    protected E find(String areaCode, UUID id) {
        E entity = repository().findById(id);
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

    protected Page<V> page(String where, Map<String, Object> params, Sort sort, PageRequest page) {
        var query = repository().find(where, sort, params).page(page.page(), page.size());
        return new Page<>(query.list().stream().map(this::view).toList(), page.page(), page.size(), query.count());
    }

    protected V insert(String areaCode, E entity, String actor) {
        entity.id = UUID.randomUUID();
        entity.areaCode = areaCode;
        entity.createdAt = OffsetDateTime.now();
        entity.updatedAt = entity.createdAt;
        repository().persistAndFlush(entity);
        audit.record(areaCode, entityType(), entity.id, AuditLog.Action.create, actor, null, view(entity));
        return detail(entity);
    }

    /** Call after checking the version and applying the change to the managed entity. */
    protected V saveChange(E entity, V before, String actor) {
        entity.updatedAt = OffsetDateTime.now();
        repository().flush();
        audit.record(entity.areaCode, entityType(), entity.id, AuditLog.Action.update, actor, before, view(entity));
        return detail(entity);
    }

    /** Loads the record and refuses the change if the caller read an older version. */
    protected E findCurrent(String areaCode, UUID id, int expectedVersion) {
        E entity = find(areaCode, id);
        ETags.requireCurrent(expectedVersion, entity.version, view(entity));
        return entity;
    }

    public V archive(String areaCode, UUID id, int expectedVersion, String actor) {
        return setArchived(findCurrent(areaCode, id, expectedVersion), true, actor);
    }

    public V restore(String areaCode, UUID id, String actor) {
        return setArchived(find(areaCode, id), false, actor);
    }

    private V setArchived(E entity, boolean archived, String actor) {
        if (entity.archived == archived) {
            return detail(entity);
        }
        V before = view(entity);
        entity.archived = archived;
        entity.updatedAt = OffsetDateTime.now();
        repository().flush();
        audit.record(entity.areaCode, entityType(), entity.id,
                archived ? AuditLog.Action.archive : AuditLog.Action.restore, actor, before, view(entity));
        return detail(entity);
    }
}
