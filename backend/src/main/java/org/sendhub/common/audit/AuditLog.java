package org.sendhub.common.audit;

import java.time.OffsetDateTime;
import java.util.HashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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

    @Inject
    ObjectMapper json;

    public void record(String areaCode, String entityType, Object entityId, Action action, String actor,
            Object before, Object after) {
        var entry = new AuditEntry();
        entry.areaCode = areaCode;
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.action = action.word();
        entry.actor = actor;
        entry.at = OffsetDateTime.now();
        entry.before = before == null ? null : json.valueToTree(before);
        entry.after = after == null ? null : json.valueToTree(after);
        persist(entry);
    }

    public Page<AuditEntryDto> list(String areaCode, String entityType, String entityId, PageRequest page) {
        var where = new StringBuilder("areaCode = :area");
        var params = new HashMap<String, Object>();
        params.put("area", areaCode);
        if (entityType != null) {
            where.append(" and entityType = :type");
            params.put("type", entityType);
        }
        if (entityId != null) {
            where.append(" and entityId = :entity");
            params.put("entity", entityId);
        }
        var query = find(where.toString(), Sort.descending("id"), params).page(page.page(), page.size());
        return new Page<>(query.list().stream().map(AuditEntryDto::from).toList(), page.page(), page.size(),
                query.count());
    }
}
