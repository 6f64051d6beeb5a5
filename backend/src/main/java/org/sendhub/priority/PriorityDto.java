package org.sendhub.priority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.sendhub.indicator.catalogue.IndicatorChoices;
import org.sendhub.link.Linked;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


import org.sendhub.common.record.RecordView;

public final class PriorityDto {

    private PriorityDto() {
    }

    public record Action(
            @NotBlank @Size(max = 2000) String description,
            @Size(max = 200) String owner,
            LocalDate dueDate,
            ActionStatus status) {

        static Action from(Priority.Action stored) {
            return new Action(stored.description(), stored.owner(), stored.dueDate(), stored.actionStatus());
        }

        /** As stored; an action given no status has not started. */
        Priority.Action stored() {
            return new Priority.Action(description, owner, dueDate,
                    (status == null ? ActionStatus.NOT_STARTED : status).name());
        }
    }

    /**
     * How the priority will know it works: an indicator of the catalogue, the figure of it followed
     * (a category of one of its breakdowns, or total/total for the headline), one target as a
     * number in the indicator's unit, and the date it should be met by.
     */
    public record Measure(
            @Pattern(regexp = "^[a-z0-9_]{1,64}$", message = "must be an indicator code such as ehcp_rate")
            String indicatorCode,
            @Size(max = 64) String breakdown,
            @Size(max = 64) String category,
            @Digits(integer = 12, fraction = 6, message = "must be a number") BigDecimal targetValue,
            LocalDate targetDate,
            @NotBlank @Size(max = 2000) String description) {

        static Measure from(Priority.Measure stored) {
            return new Measure(stored.indicatorCode(), stored.breakdown(), stored.category(), stored.targetValue(),
                    stored.targetDate(), stored.description());
        }

        /** The headline figure unless a breakdown is named; no figure at all without an indicator. */
        String breakdownOrTotal() {
            return indicatorCode == null ? null : blank(breakdown) ? IndicatorChoices.TOTAL : breakdown.trim();
        }

        String categoryOrTotal() {
            return indicatorCode == null ? null : blank(category) ? IndicatorChoices.TOTAL : category.trim();
        }

        Priority.Measure stored() {
            return new Priority.Measure(indicatorCode, breakdownOrTotal(), categoryOrTotal(), targetValue,
                    targetDate, description);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    public record PriorityInput(
            @NotNull UUID strategyId,
            @Min(1) @Max(999) Integer number,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description,
            @Size(max = 4000) String rationale,
            RagStatus status,
            @Size(max = 200) String lead,
            @Size(max = 100) List<@NotNull @Valid Action> actions,
            @Size(max = 50) List<@NotNull @Valid Measure> measures,
            @Size(max = 100) List<@NotNull UUID> outcomeIds) {
    }

    public record PriorityView(UUID id, String areaCode, int version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, boolean archived, UUID strategyId, int number, String title,
            String description, String rationale, RagStatus status, String lead, List<Action> actions,
            List<Measure> measures, List<UUID> outcomeIds, @JsonInclude(JsonInclude.Include.NON_NULL) Linked linked)
            implements RecordView {

        public static PriorityView from(Priority p) {
            return from(p, null);
        }

        public static PriorityView from(Priority p, Linked linked) {
            return new PriorityView(p.id, p.areaCode, p.version, p.createdAt, p.updatedAt, p.archived, p.strategyId,
                    p.number, p.title, p.description, p.rationale, p.status, p.lead,
                    p.actions.stream().map(Action::from).toList(), p.measures.stream().map(Measure::from).toList(), p.outcomeIds.stream().sorted().toList(), linked);
        }
    }
}
