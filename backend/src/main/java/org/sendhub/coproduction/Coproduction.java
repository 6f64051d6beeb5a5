package org.sendhub.coproduction;

import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sendhub.common.record.AreaRecord;

/** What children, young people and families told us ("you said") and what changed ("we did"). */
@Entity
@Table(name = "coproduction")
public class Coproduction extends AreaRecord {

    public String title;

    @Enumerated(EnumType.STRING)
    public CoproductionKind kind;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Embedded
    public Participants participants = Participants.NONE;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> partners = new ArrayList<>();

    /** Kept as rows of their own, so that a filter is a join on codes, not a search of JSON text. */
    @ElementCollection
    @CollectionTable(name = "coproduction_principle", joinColumns = @JoinColumn(name = "coproduction_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "principle")
    public List<LundyPrinciple> principles = new ArrayList<>();

    @Column(name = "you_said")
    public String youSaid;

    @Column(name = "we_did")
    public String weDid;

    @Column(name = "feedback_given_on")
    public LocalDate feedbackGivenOn;

    @Enumerated(EnumType.STRING)
    public CoproductionStatus status;

    /** The priorities this shaped. */
    @ElementCollection
    @CollectionTable(name = "coproduction_priority", joinColumns = @JoinColumn(name = "coproduction_id"))
    @Column(name = "priority_id")
    public Set<UUID> priorityIds = new LinkedHashSet<>();

    /** The services this shaped. */
    @ElementCollection
    @CollectionTable(name = "coproduction_service", joinColumns = @JoinColumn(name = "coproduction_id"))
    @Column(name = "service_id")
    public Set<UUID> serviceIds = new LinkedHashSet<>();

    @Override
    public String auditedStatus() {
        return status.name();
    }
}
