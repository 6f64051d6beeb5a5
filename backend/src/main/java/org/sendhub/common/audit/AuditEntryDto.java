package org.sendhub.common.audit;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

public record AuditEntryDto(long id, String areaCode, String entityType, String entityId, String action,
        String actor, OffsetDateTime at, JsonNode before, JsonNode after) {

    static AuditEntryDto from(AuditEntry entry) {
        return new AuditEntryDto(entry.id, entry.areaCode, entry.entityType, entry.entityId, entry.action,
                entry.actor, entry.at, entry.before, entry.after);
    }
}
