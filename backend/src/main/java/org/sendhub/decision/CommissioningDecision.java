package org.sendhub.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/** A commissioning decision about a service, with the evidence it was taken on. */
@Entity
@Table(name = "commissioning_decision")
public class CommissioningDecision extends AreaRecord {

    /**
     * The forecast figures a decision relied on, as stored in its jsonb: names fixed here, apart
     * from the API's (DecisionDto maps between them). Written once, never changed.
     */
    public record ForecastSnapshot(
            @JsonProperty("indicatorCode") String indicatorCode,
            @JsonProperty("breakdown") String breakdown,
            @JsonProperty("category") String category,
            @JsonProperty("horizon") int horizon,
            @JsonProperty("method") String method,
            @JsonProperty("takenAt") OffsetDateTime takenAt,
            @JsonProperty("points") List<Point> points) {

        /** One period's figures: the forecast with its intervals, and the capacity and gap where known. */
        public record Point(
                @JsonProperty("period") String period,
                @JsonProperty("forecast") double forecast,
                @JsonProperty("lower80") Double lower80,
                @JsonProperty("upper80") Double upper80,
                @JsonProperty("lower95") Double lower95,
                @JsonProperty("upper95") Double upper95,
                @JsonProperty("capacity") Double capacity,
                @JsonProperty("gap") Double gap) {
        }
    }

    @Column(name = "service_id")
    public UUID serviceId;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    public DecisionKind decision;

    @Column(name = "decided_by")
    public String decidedBy;

    public String rationale;

    /** The indicators of the catalogue it was taken on. */
    @ElementCollection
    @CollectionTable(name = "commissioning_decision_indicator", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "indicator_code")
    public Set<String> indicatorCodes = new LinkedHashSet<>();

    /** The co-production records of the area it was taken on. */
    @ElementCollection
    @CollectionTable(name = "commissioning_decision_coproduction", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "coproduction_id")
    public Set<UUID> coproductionIds = new LinkedHashSet<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "forecast_evidence")
    public ForecastSnapshot forecastEvidence;
}
