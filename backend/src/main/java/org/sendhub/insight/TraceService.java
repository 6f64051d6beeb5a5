package org.sendhub.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sendhub.common.json.ApiEnums;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.decision.DecisionLog;
import org.sendhub.link.LinkQueries;
import org.sendhub.link.LinkRef;
import org.sendhub.link.LinkType;
import org.sendhub.outcome.Outcome;
import org.sendhub.priority.MeasureProgress;
import org.sendhub.priority.Priority;
import org.sendhub.priority.PriorityDto.PriorityView;
import org.sendhub.service.CommissionedService;

/** Traceability: need -> plan -> do -> voice, for one record or for the whole area. */
@ApplicationScoped
@Transactional
public class TraceService {

    public static final String NO_MEASURE = "no_measure";
    public static final String NO_SERVICE = "no_service";
    public static final String NO_COPRODUCTION = "no_coproduction";
    public static final String NO_PRIORITY = "no_priority";

    @Inject
    EntityManager em;

    @Inject
    LinkQueries links;

    @Inject
    MeasureProgress progress;

    @Inject
    DecisionLog decisions;

    public Trace ofPriority(String area, UUID id) {
        var priority = find(Priority.class, area, id, "priority");
        var evidence = progress.of(PriorityView.from(priority));
        var outcomes = links.refs(LinkType.OUTCOME, priority.outcomeIds);
        var services = servicesLinking("priorityIds", id);
        var coproduction = links.linking(LinkType.COPRODUCTION, "priorityIds", id);
        var flags = new ArrayList<String>();
        if (!priority.isMeasured()) {
            flags.add(NO_MEASURE);
        }
        if (services.stream().noneMatch(s -> !s.archived())) {
            flags.add(NO_SERVICE);
        }
        if (coproduction.stream().noneMatch(c -> !c.archived())) {
            flags.add(NO_COPRODUCTION);
        }
        return trace("priority", id, priority.number + ". " + priority.title, evidence, List.of(), outcomes, services,
                coproduction, flags);
    }

    public Trace ofOutcome(String area, UUID id) {
        var outcome = find(Outcome.class, area, id, "outcome");
        var priorities = links.linking(LinkType.PRIORITY, "outcomeIds", id);
        var priorityIds = priorities.stream().map(LinkRef::id).toList();
        var services = servicesLinking("outcomeIds", id);
        var coproduction = new ArrayList<LinkRef>();
        for (UUID priority : priorityIds) {
            links.linking(LinkType.COPRODUCTION, "priorityIds", priority).stream()
                    .filter(c -> coproduction.stream().noneMatch(known -> known.id().equals(c.id())))
                    .forEach(coproduction::add);
        }
        var flags = new ArrayList<String>();
        if (services.stream().noneMatch(s -> !s.archived())) {
            flags.add(NO_SERVICE);
        }
        if (priorities.isEmpty()) {
            flags.add(NO_PRIORITY);
        }
        return trace("outcome", id, outcome.statement, List.of(), priorities, List.of(), services, coproduction, flags);
    }

    public Trace ofService(String area, UUID id) {
        var service = find(CommissionedService.class, area, id, "service");
        var priorities = links.refs(LinkType.PRIORITY, service.priorityIds);
        var evidence = new ArrayList<MeasureProgress.Progress>();
        for (UUID priority : service.priorityIds) {
            evidence.addAll(progress.of(PriorityView.from(em.find(Priority.class, priority))));
        }
        var coproduction = links.linking(LinkType.COPRODUCTION, "serviceIds", id);
        var flags = new ArrayList<String>();
        if (priorities.stream().noneMatch(p -> !p.archived())) {
            flags.add(NO_PRIORITY);
        }
        if (coproduction.isEmpty()) {
            flags.add(NO_COPRODUCTION);
        }
        return trace("service", id, service.name, evidence, priorities, links.refs(LinkType.OUTCOME, service.outcomeIds),
                List.of(serviceLink(service)), coproduction, flags);
    }

    public Trace.Gaps gaps(String area) {
        return new Trace.Gaps(
                unmeasured(em.createQuery("from Priority where areaCode = :area and archived = false"
                        + " order by number, title", Priority.class).setParameter("area", area).getResultList()),
                refs(LinkType.PRIORITY, area, "not exists (select 1 from CommissionedService s where e.id member of"
                        + " s.priorityIds and s.archived = false)"),
                refs(LinkType.PRIORITY, area, "not exists (select 1 from Coproduction c where e.id member of"
                        + " c.priorityIds and c.archived = false)"),
                refs(LinkType.SERVICE, area, "e.status = org.sendhub.service.ServiceStatus.ACTIVE"
                        + " and e.priorityIds is empty"),
                refs(LinkType.COPRODUCTION, area, "e.priorityIds is empty and e.serviceIds is empty"));
    }

    /** The priorities without a measure, by {@link Priority#isMeasured}: as the trace flags them and the dashboard counts them. */
    static List<LinkRef> unmeasured(List<Priority> priorities) {
        return priorities.stream().filter(p -> !p.isMeasured())
                .map(p -> new LinkRef(p.id, p.number + ". " + p.title, p.archived)).toList();
    }

    private List<LinkRef> refs(LinkType type, String area, String condition) {
        return links.where(type, "e.areaCode = :area and e.archived = false and " + condition, area);
    }

    private Trace trace(String type, UUID id, String label, List<MeasureProgress.Progress> evidence,
            List<LinkRef> priorities, List<LinkRef> outcomes, List<Trace.ServiceLink> services,
            List<LinkRef> coproduction, List<String> flags) {
        var live = services.stream().filter(s -> !s.archived()).toList();
        BigDecimal total = live.stream().map(Trace.ServiceLink::annualValue).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var partners = new TreeSet<String>();
        live.forEach(s -> partners.addAll(s.commissioners()));
        return new Trace(type, id, label, evidence, priorities, outcomes, services, total, List.copyOf(partners),
                coproduction, flags, decisions.aboutServices(services.stream().map(Trace.ServiceLink::id).toList()));
    }

    private List<Trace.ServiceLink> servicesLinking(String field, UUID id) {
        return em.createQuery("from CommissionedService e where :id member of e." + field + " order by e.name",
                CommissionedService.class).setParameter("id", id).getResultList().stream()
                .map(TraceService::serviceLink).toList();
    }

    private static Trace.ServiceLink serviceLink(CommissionedService s) {
        return new Trace.ServiceLink(s.id, s.name, s.archived, ApiEnums.apiName(s.status), s.annualValue,
                s.fundingModel == null ? null : ApiEnums.apiName(s.fundingModel), List.copyOf(s.commissioners),
                s.capacity, s.capacityUnit == null ? null : ApiEnums.apiName(s.capacityUnit),
                s.settings.stream().map(ApiEnums::apiName).toList());
    }

    private <E> E find(Class<E> type, String area, UUID id, String noun) {
        E entity = em.find(type, id);
        if (entity == null || !area.equals(((org.sendhub.common.record.AreaRecord) entity).areaCode)) {
            throw ProblemException.notFound("No " + noun + " " + id + " in area " + area + ".");
        }
        return entity;
    }

}
