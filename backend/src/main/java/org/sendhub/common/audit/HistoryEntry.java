package org.sendhub.common.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change of a record as its history shows it: who, when, what they did, and field by field
 * what the record held before and after (for a creation, what it was created with).
 */
public record HistoryEntry(long id, OffsetDateTime at, String actor, String action, List<Change> changes) {

    /** A field's value before and after, as the API prints the record (null when it had none). */
    public record Change(String field, JsonNode before, JsonNode after) {
    }

    /** What every record carries that is no one's change: keys, versions, times, derived links. */
    private static final Set<String> NOT_CHANGES = Set.of("id", "areaCode", "version", "createdAt", "updatedAt",
            "archived", "linked");

    static HistoryEntry of(AuditEntry entry) {
        return new HistoryEntry(entry.id, entry.at, entry.actor, entry.action, changes(entry.before, entry.after));
    }

    /** The fields whose value differs, in the record's own order; archiving and restoring change none. */
    static List<Change> changes(JsonNode before, JsonNode after) {
        var fields = new LinkedHashSet<String>();
        if (after != null) {
            after.fieldNames().forEachRemaining(fields::add);
        }
        if (before != null) {
            before.fieldNames().forEachRemaining(fields::add);
        }
        var out = new ArrayList<Change>();
        for (String field : fields) {
            if (NOT_CHANGES.contains(field)) {
                continue;
            }
            JsonNode was = before == null ? null : orNull(before.get(field));
            JsonNode now = after == null ? null : orNull(after.get(field));
            boolean same = was == null ? now == null || isEmpty(now) : was.equals(now);
            if (!same) {
                out.add(new Change(field, was, now));
            }
        }
        return out;
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    /** Created with nothing in it: an empty list or text is not worth a line of history. */
    private static boolean isEmpty(JsonNode node) {
        return node.isContainerNode() ? node.isEmpty() : node.isTextual() && node.asText().isEmpty();
    }
}
