package org.sendhub.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sendhub.link.LinkRef;
import org.sendhub.priority.MeasureProgress;

/** The SEND Board's view of an area on a day. */
public record Dashboard(
        String areaCode,
        LocalDate asOf,
        LocalDate since,
        List<StatusCount> priorityStatus,
        List<StatusChange> statusChanges,
        LocalDate historyBegins,
        List<ActionDue> actionsDue,
        List<ServiceDate> contractsEnding,
        BigDecimal contractsEndingValue,
        List<ServiceDate> reviewsDue,
        List<StageCount> servicesByStage,
        List<KindCount> coproductionByKind,
        Double coproductionClosedShare,
        Double medianDaysToClose,
        List<KeyIndicator> keyIndicators,
        List<LinkRef> prioritiesWithoutMeasure) {

    /** How many priorities have a RAG status now, and had it on the {@code since} day. */
    public record StatusCount(String status, long now, long then) {
    }

    public record StatusChange(UUID priorityId, String title, String from, String to) {
    }

    /** A priority's action not done whose due date is due or overdue ({@link org.sendhub.service.Deadline}). */
    public record ActionDue(UUID priorityId, String priorityTitle, String description, String owner,
            LocalDate dueDate, String status, boolean overdue) {
    }

    /** A contract end or review that is due; {@code overdue} when its day has passed. */
    public record ServiceDate(UUID serviceId, String name, String provider, LocalDate date, BigDecimal annualValue,
            boolean overdue) {
    }

    public record StageCount(String stage, long services) {
    }

    public record KindCount(String kind, long records, long loopClosed) {
    }

    /** A measure of a live priority that names an indicator, with where it stands. */
    public record KeyIndicator(UUID priorityId, int priorityNumber, String priorityTitle,
            MeasureProgress.Progress measure) {
    }
}
