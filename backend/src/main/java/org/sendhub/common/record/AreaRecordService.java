package org.sendhub.common.record;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import jakarta.persistence.LockModeType;

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
        V created = insert(entity, actor, baseline);
        saved(null, entity);
        return created;
    }

    public V update(String areaCode, UUID id, int expectedVersion, I input, String actor) {
        E entity = findCurrent(areaCode, id, expectedVersion);
        checked(areaCode, input, entity);
        V before = view(entity);
        apply(entity, input);
        V after = saveChange(entity, before, actor);
        saved(before, entity);
        return after;
    }

    /**
     * What a create or a change from the API moves on beyond the record itself (the records whose
     * links it changed); {@code before} is null for a new record.
     */
    protected void saved(V before, E entity) {
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

    /**
     * A change of the links other records keep to this one (the reverse edit), made from the
     * version the caller read (else 412). When {@code relink} changed any link, this record's
     * version moves on too: a page that shows its links from an older version cannot overwrite them.
     */
    public V linkedFrom(String areaCode, UUID id, int expectedVersion, BooleanSupplier relink) {
        // Checked first without a lock (a stale page fails at once), then again under the lock:
        // owner records are locked before the record they link to, by every change, so that a
        // reverse edit and an owner's own edit take turns rather than deadlock.
        E entity = find(areaCode, id);
        requireCurrentLinks(entity, expectedVersion);
        boolean changed = relink.getAsBoolean();
        repository().getEntityManager().refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        requireCurrentLinks(entity, expectedVersion);
        if (changed) {
            entity.updatedAt = OffsetDateTime.now();
            repository().flush();
        }
        return detail(entity);
    }

    /** As {@link #requireCurrent}, with the links as they are now in the 412: what a reverse edit shows. */
    private void requireCurrentLinks(E entity, int expectedVersion) {
        if (entity.version != expectedVersion) {
            throw ProblemException.preconditionFailed(entity.version, detail(entity));
        }
    }

    /**
     * The owner's half of a reverse edit: afterwards, of the area's records, exactly {@code wanted}
     * keep {@code target} in their links {@code links}. Each record changed is saved as a change of
     * its own (locked, versioned, audited); records are locked in id order, so that two such edits
     * take turns rather than deadlock. The caller has checked that every id is of the area.
     *
     * @param linking the records that keep the link now
     * @return how many records changed
     */
    protected int relink(String areaCode, Function<E, Set<UUID>> links, UUID target, Collection<UUID> linking,
            Collection<UUID> wanted, String actor) {
        var ids = new TreeSet<UUID>(linking);
        ids.addAll(wanted);
        int changed = 0;
        for (UUID id : ids) {
            E entity = findForChange(areaCode, id);
            boolean keep = wanted.contains(id);
            if (links.apply(entity).contains(target) == keep) {
                continue;
            }
            V before = view(entity);
            if (keep) {
                links.apply(entity).add(target);
            } else {
                links.apply(entity).remove(target);
            }
            saveChange(entity, before, actor);
            changed++;
        }
        return changed;
    }
}
