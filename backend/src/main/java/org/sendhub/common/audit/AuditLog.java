package org.sendhub.common.audit;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendhub.common.paging.ListQuery;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/**
 * Writes an entry for every change, in the same transaction as the change, so that a change
 * without its audit entry cannot be committed.
 */
@ApplicationScoped
@Transactional
public class AuditLog implements PanacheRepository<AuditEntry> {

    public enum Action {
        create, update, archive, restore, importing;

        /** The word stored and shown ({@code import} is a Java keyword). */
        public String word() {
            return this == importing ? "import" : name();
        }
    }

    /**
     * The record's state after the change, in columns of their own: what history reads (a
     * priority's RAG status on a day) does not depend on how the API prints a record.
     */
    public record State(String status, Boolean archived) {
        public static final State NONE = new State(null, null);
    }

    @Inject
    ObjectMapper json;

    public void record(String areaCode, String entityType, Object entityId, Action action, String actor,
            Object before, Object after, State state) {
        record(areaCode, entityType, entityId, action, actor, before, after, state, false);
    }

    /** {@code baseline}: a record's creation that stands for its state before history began. */
    public void record(String areaCode, String entityType, Object entityId, Action action, String actor,
            Object before, Object after, State state, boolean baseline) {
        var entry = new AuditEntry();
        entry.areaCode = areaCode;
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.action = action.word();
        entry.actor = actor;
        entry.at = OffsetDateTime.now();
        entry.before = before == null ? null : json.valueToTree(before);
        entry.after = after == null ? null : json.valueToTree(after);
        entry.recordStatus = state.status();
        entry.recordArchived = state.archived();
        entry.baseline = baseline;
        persist(entry);
    }

    /** One record's changes, newest first, field by field. */
    public Page<HistoryEntry> history(String areaCode, String entityType, String entityId, PageRequest page) {
        return ListQuery.inArea(areaCode).equal("entityType", entityType).equal("entityId", entityId)
                .sorted(Sort.descending("id")).page(this, page, HistoryEntry::of);
    }

    public Page<AuditEntryDto> list(String areaCode, String entityType, String entityId, PageRequest page) {
        return ListQuery.inArea(areaCode).equal("entityType", entityType).equal("entityId", entityId)
                .sorted(Sort.descending("id")).page(this, page, AuditEntryDto::from);
    }
}
