package org.sendhub.priority;

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
import org.sendhub.priority.PriorityDto.Action;
import org.sendhub.priority.PriorityDto.Measure;

@Entity
@Table(name = "priority")
public class Priority extends AreaRecord {

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
}
