package org.sendhub.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sendhub.indicator.values.IndicatorTrends;

/** The SEND Board's view of an area on a day. */
public record Dashboard(
        String areaCode,
        LocalDate asOf,
        LocalDate since,
        List<StatusCount> priorityStatus,
        List<StatusChange> statusChanges,
        List<OverdueAction> overdueActions,
        List<ServiceDate> contractsEnding,
        BigDecimal contractsEndingValue,
        List<ServiceDate> reviewsDue,
        List<StageCount> servicesByStage,
        List<KindCount> coproductionByKind,
        Double coproductionClosedShare,
        Double medianDaysToClose,
        List<KeyIndicator> keyIndicators) {

    /** How many priorities have a RAG status now, and had it on the {@code since} day. */
    public record StatusCount(String status, long now, long then) {
    }

    public record StatusChange(UUID priorityId, String title, String from, String to) {
    }

    public record OverdueAction(UUID priorityId, String priorityTitle, String description, String owner,
            LocalDate dueDate, String status) {
    }

    /** A contract end or review that is due; {@code overdue} when its day has passed. */
    public record ServiceDate(UUID serviceId, String name, String provider, LocalDate date, BigDecimal annualValue,
            boolean overdue) {
    }

    public record StageCount(String stage, long services) {
    }

    public record KindCount(String kind, long records, long loopClosed) {
    }

    public record KeyIndicator(String indicatorCode, String name, String unit, String polarity,
            IndicatorTrends.Point latest, IndicatorTrends.Point previous, IndicatorTrends.Direction direction,
            IndicatorTrends.Comparison comparison) {
    }
}
