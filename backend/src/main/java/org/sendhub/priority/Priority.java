package org.sendhub.priority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sendhub.common.record.AreaRecord;

import com.fasterxml.jackson.annotation.JsonProperty;

@Entity
@Table(name = "priority")
public class Priority extends AreaRecord {

    /**
     * An action as stored in the priority's jsonb: names fixed here, apart from the API's
     * (PriorityDto maps between them); {@code status} is the constant's name.
     */
    public record Action(
            @JsonProperty("description") String description,
            @JsonProperty("owner") String owner,
            @JsonProperty("dueDate") LocalDate dueDate,
            @JsonProperty("status") String status) {

        public ActionStatus actionStatus() {
            return ActionStatus.valueOf(status);
        }
    }

    /**
     * A measure as stored: how the priority will know it is working. {@code breakdown} and
     * {@code category} say which figure of the indicator it follows (total/total: the headline).
     */
    public record Measure(
            @JsonProperty("indicatorCode") String indicatorCode,
            @JsonProperty("breakdown") String breakdown,
            @JsonProperty("category") String category,
            @JsonProperty("targetValue") BigDecimal targetValue,
            @JsonProperty("targetDate") LocalDate targetDate,
            @JsonProperty("description") String description) {
    }

    @Column(name = "strategy_id")
    public UUID strategyId;

    public int number;

    public String title;

    public String description;

    public String rationale;

    @Enumerated(EnumType.STRING)
    public RagStatus status;

    public String lead;

    /** Actions and measures live inside the priority: they are edited, versioned and audited with it. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Action> actions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Measure> measures = new ArrayList<>();

    /** The outcomes this priority serves. */
    @ElementCollection
    @CollectionTable(name = "priority_outcome", joinColumns = @JoinColumn(name = "priority_id"))
    @Column(name = "outcome_id")
    public Set<UUID> outcomeIds = new LinkedHashSet<>();

    /**
     * Whether the priority measures itself by an indicator: the one rule behind "has a measure"
     * on the trace, the broken chains and the dashboard. A measure in words alone is not one.
     */
    public boolean isMeasured() {
        return measures.stream().anyMatch(m -> m.indicatorCode() != null);
    }

    @Override
    public String auditedStatus() {
        return status.name();
    }
}
