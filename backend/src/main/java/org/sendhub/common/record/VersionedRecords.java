package org.sendhub.common.record;

import java.time.OffsetDateTime;
import java.util.ArrayList;

import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.sendhub.common.audit.AuditLog;
import org.sendhub.common.etag.ETags;
import org.sendhub.common.problem.FieldError;
import org.sendhub.common.problem.InputRules;
import org.sendhub.common.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The life of every kept record (areas, the indicator catalogue and every area record):
 * created, changed only from the version the caller read, each step audited with the record
 * before and after, in the same transaction. Subclasses add their fields, rules and how a
 * record is found, and carry {@code @Transactional}.
 *
 * @param <E> the entity
 * @param <K> its key
 * @param <V> the view the API returns (also the audit's snapshot)
 */
public abstract class VersionedRecords<E extends VersionedEntity, K, V> {

    @Inject
    protected AuditLog audit;

    @Inject
    protected InputRules rules;

    protected abstract PanacheRepositoryBase<E, K> repository();

    /** The name used in the audit log and in messages, e.g. {@code priority}. */
    protected abstract String entityType();

    protected abstract K key(E entity);

    /** The area whose audit log records the change; null for records of no area (the catalogue). */
    protected abstract String auditArea(E entity);

    protected abstract V view(E entity);

    /** What the API answers for one record: the view, with its links where the type has any. */
    protected V detail(E entity) {
        return view(entity);
    }

    protected V insert(E entity, String actor) {
        return insert(entity, actor, false);
    }

    /** {@code baseline}: the record existed before it was entered (a demo load, an import, a first entry). */
    protected V insert(E entity, String actor, boolean baseline) {
        entity.createdAt = OffsetDateTime.now();
        entity.updatedAt = entity.createdAt;
        repository().persistAndFlush(entity);
        audited(entity, AuditLog.Action.create, actor, null, baseline);
        return detail(entity);
    }

    /**
     * The record, locked until the change commits, so that writers racing on one record take
     * turns: the second sees the first's version and gets a 412 with the record as it is now,
     * never a failed write with nothing to show.
     */
    protected E lockForChange(K key) {
        return repository().findById(key, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Refuses a change made from an older version than the record's (412, with the record now). */
    protected E requireCurrent(E entity, int expectedVersion) {
        ETags.requireCurrent(expectedVersion, entity.version, view(entity));
        return entity;
    }

    /**
     * Creates a record whose key its creator chooses (an area's GSS code, an indicator's code):
     * a key already taken is a 409.
     */
    protected V createWithKey(K key, E entity, Object input, Runnable apply, String actor) {
        InputRules.throwIfAny(rules.violations(input));
        if (repository().findById(key) != null) {
            throw ProblemException.conflict(capitalised(entityType()) + " " + key + " already exists.");
        }
        apply.run();
        return insert(entity, actor);
    }

    /** Changes a record whose key its creator chose: the key itself cannot change. */
    protected V changeWithKey(E entity, int expectedVersion, K keyInInput, Object input, Runnable apply,
            String actor) {
        requireCurrent(entity, expectedVersion);
        var errors = new ArrayList<>(rules.violations(input));
        if (keyInInput != null && !keyInInput.equals(key(entity))) {
            errors.add(new FieldError("code", "cannot be changed: other records refer to it"));
        }
        InputRules.throwIfAny(errors);
        V before = view(entity);
        apply.run();
        return saveChange(entity, before, actor);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Call after checking the version and applying the change to the managed entity. */
    protected V saveChange(E entity, V before, String actor) {
        return save(entity, AuditLog.Action.update, before, actor);
    }

    protected V save(E entity, AuditLog.Action action, V before, String actor) {
        entity.updatedAt = OffsetDateTime.now();
        repository().flush();
        audited(entity, action, actor, before, false);
        return detail(entity);
    }

    private void audited(E entity, AuditLog.Action action, String actor, V before, boolean baseline) {
        Boolean archived = entity instanceof ArchivableEntity a ? a.archived : null;
        audit.record(auditArea(entity), entityType(), key(entity), action, actor, before, view(entity),
                new AuditLog.State(entity.auditedStatus(), archived), baseline);
    }
}
