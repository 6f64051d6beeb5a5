package org.sendhub.insight;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sendhub.common.json.ApiEnums;
import org.sendhub.coproduction.Coproduction;
import org.sendhub.coproduction.CoproductionKind;
import org.sendhub.priority.ActionStatus;
import org.sendhub.priority.MeasureProgress;
import org.sendhub.priority.Priority;
import org.sendhub.priority.PriorityDto.PriorityView;
import org.sendhub.priority.RagStatus;
import org.sendhub.service.CommissionedService;
import org.sendhub.service.CommissioningStage;
import org.sendhub.service.Deadline;
import org.sendhub.service.ServiceStatus;

/**
 * Collates what a SEND Board reads before every meeting, from the records themselves: no
 * spreadsheet in between. "Then" figures come from the audit log, so they are what the
 * records said on that day, not what someone remembers.
 */
@ApplicationScoped
@Transactional
public class DashboardService {

    @Inject
    EntityManager em;

    @Inject
    MeasureProgress progress;

    public Dashboard dashboard(String area, LocalDate asOf, LocalDate since) {
        var priorities = em.createQuery("from Priority where areaCode = :area and archived = false order by number",
                Priority.class).setParameter("area", area).getResultList();
        var services = em.createQuery("from CommissionedService where areaCode = :area and archived = false"
                + " order by name", CommissionedService.class).setParameter("area", area).getResultList();

        var statusThen = statusOn(area, since);
        var counts = new ArrayList<Dashboard.StatusCount>();
        for (RagStatus status : RagStatus.values()) {
            String name = ApiEnums.apiName(status);
            long now = priorities.stream().filter(p -> p.status == status).count();
            long then = statusThen.values().stream().filter(name::equals).count();
            counts.add(new Dashboard.StatusCount(name, now, then));
        }
        var changes = new ArrayList<Dashboard.StatusChange>();
        for (Priority p : priorities) {
            String now = ApiEnums.apiName(p.status);
            String then = statusThen.get(p.id);
            if (!now.equals(then)) {
                changes.add(new Dashboard.StatusChange(p.id, p.title, then, now));
            }
        }

        var actionsDue = new ArrayList<Dashboard.ActionDue>();
        for (Priority p : priorities) {
            for (var action : p.actions) {
                if (Deadline.isDue(action.dueDate(), asOf) && action.actionStatus() != ActionStatus.DONE) {
                    actionsDue.add(new Dashboard.ActionDue(p.id, p.title, action.description(), action.owner(),
                            action.dueDate(), ApiEnums.apiName(action.actionStatus()),
                            Deadline.isOverdue(action.dueDate(), asOf)));
                }
            }
        }
        // Earliest first: the overdue ones come before those only due.
        actionsDue.sort(Comparator.comparing(Dashboard.ActionDue::dueDate));

        var ending = due(services, Deadline.CONTRACT_END, asOf);
        var reviews = due(services, Deadline.REVIEW, asOf);
        BigDecimal endingValue = ending.stream().map(Dashboard.ServiceDate::annualValue)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        var stages = new ArrayList<Dashboard.StageCount>();
        for (CommissioningStage stage : CommissioningStage.values()) {
            stages.add(new Dashboard.StageCount(ApiEnums.apiName(stage),
                    services.stream().filter(s -> s.stage == stage && s.status != ServiceStatus.DECOMMISSIONED).count()));
        }

        var coproduction = em.createQuery("from Coproduction where areaCode = :area and archived = false"
                + " and heldOn > :from and heldOn <= :asOf", Coproduction.class).setParameter("area", area)
                .setParameter("from", asOf.minusMonths(12)).setParameter("asOf", asOf).getResultList();
        var kinds = new ArrayList<Dashboard.KindCount>();
        for (CoproductionKind kind : CoproductionKind.values()) {
            var ofKind = coproduction.stream().filter(c -> c.kind == kind).toList();
            if (!ofKind.isEmpty()) {
                kinds.add(new Dashboard.KindCount(ApiEnums.apiName(kind), ofKind.size(),
                        ofKind.stream().filter(c -> c.feedbackGivenOn != null).count()));
            }
        }
        Double closedShare = coproduction.isEmpty() ? null
                : round1(100.0 * coproduction.stream().filter(c -> c.feedbackGivenOn != null).count()
                        / coproduction.size());
        var daysToClose = coproduction.stream().filter(c -> c.feedbackGivenOn != null && c.heldOn != null)
                .map(c -> ChronoUnit.DAYS.between(c.heldOn, c.feedbackGivenOn)).sorted().toList();

        return new Dashboard(area, asOf, since, counts, changes, historyBegins(area), actionsDue, ending, endingValue,
                reviews, stages, kinds, closedShare, median(daysToClose), keyIndicators(priorities),
                TraceService.unmeasured(priorities));
    }

    /**
     * Each live priority's RAG status on a day, from the last audit entry up to its end; a priority
     * entered as the baseline (it existed before it was entered) had its first state all along.
     */
    Map<UUID, String> statusOn(String area, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT ON (entity_id) entity_id, record_status, record_archived
                FROM audit_entry
                WHERE area_code = :area AND entity_type = 'priority' AND (at < :dayAfter OR baseline)
                ORDER BY entity_id, at < :dayAfter DESC, id DESC""", Object[].class)
                .setParameter("area", area).setParameter("dayAfter", Date.valueOf(day.plusDays(1)))
                .getResultList();
        var out = new HashMap<UUID, String>();
        for (Object[] row : rows) {
            if (row[1] != null && !Boolean.TRUE.equals(row[2])) {
                out.put(UUID.fromString((String) row[0]), ApiEnums.apiName(RagStatus.valueOf((String) row[1])));
            }
        }
        return out;
    }

    /**
     * The day the area's history begins: its first audit entry. Before it, only records entered as
     * the baseline are known, as they were when entered.
     */
    LocalDate historyBegins(String area) {
        var first = em.createQuery("select min(e.at) from AuditEntry e where e.areaCode = :area",
                java.time.OffsetDateTime.class).setParameter("area", area).getSingleResult();
        return first == null ? null : first.toLocalDate();
    }

    /** Each measure of the live priorities that names an indicator, in priority order, with where it stands. */
    List<Dashboard.KeyIndicator> keyIndicators(List<Priority> priorities) {
        var out = new ArrayList<Dashboard.KeyIndicator>();
        for (Priority p : priorities) {
            for (var measure : progress.of(PriorityView.from(p))) {
                if (measure.indicatorName() != null) {
                    out.add(new Dashboard.KeyIndicator(p.id, p.number, p.title, measure));
                }
            }
        }
        return out;
    }

    /** The services with the deadline due or overdue as of the day, earliest (overdue) first. */
    private static List<Dashboard.ServiceDate> due(List<CommissionedService> services, Deadline deadline,
            LocalDate asOf) {
        return services.stream().filter(s -> deadline.isDue(s, asOf)).sorted(Comparator.comparing(deadline::dateOf))
                .map(s -> new Dashboard.ServiceDate(s.id, s.name, s.provider, deadline.dateOf(s), s.annualValue,
                        Deadline.isOverdue(deadline.dateOf(s), asOf)))
                .toList();
    }

    static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
