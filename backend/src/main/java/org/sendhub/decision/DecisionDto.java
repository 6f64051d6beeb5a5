package org.sendhub.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sendhub.common.record.RecordView;
import org.sendhub.decision.CommissioningDecision.ForecastSnapshot;
import org.sendhub.link.Linked;

import com.fasterxml.jackson.annotation.JsonInclude;

public final class DecisionDto {

    private DecisionDto() {
    }

    public record DecisionInput(
            @NotNull UUID serviceId,
            @NotNull LocalDate decidedOn,
            @NotNull DecisionKind decision,
            @NotBlank @Size(max = 200) String decidedBy,
            @Size(max = 4000) String rationale,
            @Size(max = 50) List<@NotNull @Pattern(regexp = "^[a-z0-9_]{1,64}$",
                    message = "must be an indicator code (lower case letters, digits and _)") String> indicatorCodes,
            @Size(max = 100) List<@NotNull UUID> coproductionIds,
            @Valid ForecastEvidence forecastEvidence) {
    }

    /**
     * The forecast and sufficiency figures a decision relied on, as the forecast and sufficiency
     * pages showed them when it was taken: a snapshot, kept as it was.
     */
    public record ForecastEvidence(
            @NotNull @Pattern(regexp = "^[a-z0-9_]{1,64}$", message = "must be an indicator code") String indicatorCode,
            @Size(max = 64) String breakdown,
            @Size(max = 64) String category,
            @NotNull @Min(1) @Max(10) Integer horizon,
            @NotBlank @Size(max = 200) String method,
            @NotNull OffsetDateTime takenAt,
            @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid EvidencePoint> points) {

        static ForecastEvidence from(ForecastSnapshot stored) {
            return stored == null ? null : new ForecastEvidence(stored.indicatorCode(), stored.breakdown(),
                    stored.category(), stored.horizon(), stored.method(), stored.takenAt(),
                    stored.points().stream().map(EvidencePoint::from).toList());
        }

        /** As stored: the moment in UTC and no negative zeros, so that the same figures sent back compare equal. */
        ForecastSnapshot stored() {
            return new ForecastSnapshot(indicatorCode, breakdown, category, horizon, method.trim(),
                    takenAt.withOffsetSameInstant(ZoneOffset.UTC), points.stream().map(EvidencePoint::stored).toList());
        }
    }

    public record EvidencePoint(
            @NotBlank @Size(max = 20) String period,
            @NotNull Double forecast,
            Double lower80,
            Double upper80,
            Double lower95,
            Double upper95,
            Double capacity,
            Double gap) {

        static EvidencePoint from(ForecastSnapshot.Point p) {
            return new EvidencePoint(p.period(), p.forecast(), p.lower80(), p.upper80(), p.lower95(), p.upper95(),
                    p.capacity(), p.gap());
        }

        ForecastSnapshot.Point stored() {
            return new ForecastSnapshot.Point(period, unsignedZero(forecast), unsignedZero(lower80),
                    unsignedZero(upper80), unsignedZero(lower95), unsignedZero(upper95), unsignedZero(capacity),
                    unsignedZero(gap));
        }

        /** The figures in the order they must keep: lower95 <= lower80 <= forecast <= upper80 <= upper95. */
        List<Double> ordered() {
            return Arrays.asList(lower95, lower80, forecast, upper80, upper95);
        }

        private static Double unsignedZero(Double value) {
            // PostgreSQL's numbers have no -0, so a -0 sent back would otherwise differ from the 0 stored.
            return value != null && value == 0 ? Double.valueOf(0) : value;
        }
    }

    public record DecisionView(UUID id, String areaCode, int version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, boolean archived, UUID serviceId, LocalDate decidedOn, DecisionKind decision,
            String decidedBy, String rationale, List<String> indicatorCodes, List<UUID> coproductionIds,
            ForecastEvidence forecastEvidence, @JsonInclude(JsonInclude.Include.NON_NULL) Linked linked)
            implements RecordView {

        public static DecisionView from(CommissioningDecision d, Linked linked) {
            return new DecisionView(d.id, d.areaCode, d.version, d.createdAt, d.updatedAt, d.archived, d.serviceId,
                    d.decidedOn, d.decision, d.decidedBy, d.rationale, d.indicatorCodes.stream().sorted().toList(),
                    d.coproductionIds.stream().sorted().toList(), ForecastEvidence.from(d.forecastEvidence), linked);
        }
    }
}
