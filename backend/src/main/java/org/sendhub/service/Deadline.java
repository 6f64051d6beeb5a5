package org.sendhub.service;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What comes up for commissioners, defined once for the register, the dashboard and the board
 * report: an active service's contract end, or the review of a service not decommissioned, or a
 * priority's action not done, that falls within {@link #AHEAD} of a day or has already passed
 * (overdue, and listed first).
 */
public enum Deadline {
    @JsonProperty("contract_end") CONTRACT_END("contractEnd", s -> s.contractEnd, ServiceStatus.ACTIVE, null),
    @JsonProperty("review") REVIEW("reviewDate", s -> s.reviewDate, null, ServiceStatus.DECOMMISSIONED);

    /** How far ahead a deadline is counted as due. */
    public static final Period AHEAD = Period.ofMonths(6);

    /** The service's field that holds the date. */
    public final String field;
    private final Function<CommissionedService, LocalDate> date;
    private final ServiceStatus onlyStatus;
    private final ServiceStatus exceptStatus;

    Deadline(String field, Function<CommissionedService, LocalDate> date, ServiceStatus onlyStatus,
            ServiceStatus exceptStatus) {
        this.field = field;
        this.date = date;
        this.onlyStatus = onlyStatus;
        this.exceptStatus = exceptStatus;
    }

    /** The last day counted as due, seen from {@code asOf}. */
    public static LocalDate dueBy(LocalDate asOf) {
        return asOf.plus(AHEAD);
    }

    /** Before the day: overdue (also for a priority's action not done). */
    public static boolean isOverdue(LocalDate date, LocalDate asOf) {
        return date != null && date.isBefore(asOf);
    }

    /** A date that falls within {@link #AHEAD} of the day, or before it: due (the one rule for every deadline). */
    public static boolean isDue(LocalDate date, LocalDate asOf) {
        return date != null && !date.isAfter(dueBy(asOf));
    }

    public LocalDate dateOf(CommissionedService service) {
        return date.apply(service);
    }

    /** Whether the service has this deadline due (or overdue) as of the day. */
    public boolean isDue(CommissionedService service, LocalDate asOf) {
        LocalDate when = dateOf(service);
        boolean status = onlyStatus != null ? service.status == onlyStatus : service.status != exceptStatus;
        return status && isDue(when, asOf);
    }

    /** The same rule as a register query's condition, with the parameter {@code dueBy}. */
    String condition() {
        String status = ServiceStatus.class.getName() + "." + (onlyStatus != null ? onlyStatus : exceptStatus).name();
        return "status " + (onlyStatus != null ? "=" : "<>") + " " + status + " and " + field + " <= :dueBy";
    }
}
