package org.sendhub.decision;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sendhub.common.paging.ListQuery;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.problem.FieldError;
import org.sendhub.common.record.AreaRecordService;
import org.sendhub.decision.DecisionDto.DecisionInput;
import org.sendhub.decision.DecisionDto.DecisionView;
import org.sendhub.decision.DecisionDto.ForecastEvidence;
import org.sendhub.decision.DecisionDto.EvidencePoint;
import org.sendhub.link.LinkQueries;
import org.sendhub.link.LinkType;
import org.sendhub.link.Linked;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The commissioning decisions log of an area. */
@ApplicationScoped
@Transactional
public class DecisionLog extends AreaRecordService<CommissioningDecision, DecisionInput, DecisionView> {

    /** A browser's clock may run a little ahead of the server's: a snapshot "taken" that far ahead is still now. */
    static final Duration CLOCK_GRACE = Duration.ofMinutes(5);

    /** Decisions are taken in England: "today" is England's, whatever the server's clock zone. */
    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    static final String EVIDENCE_KEPT = "was recorded with the decision and cannot be changed: send it as it was,"
            + " or leave it out to keep it";

    private static final Map<String, String> SORTS = Map.of(
            "decidedOn", "decidedOn",
            "decidedBy", "decidedBy",
            "updatedAt", "updatedAt");

    /** The list filters of the decisions log. */
    public record Filters(String q, UUID serviceId, DecisionKind decision, LocalDate from, LocalDate to,
            String indicator, boolean includeArchived) {
    }

    @Inject
    DecisionRepository decisions;

    @Inject
    LinkQueries links;

    @Inject
    EntityManager em;

    @Override
    protected CommissioningDecision newRecord() {
        return new CommissioningDecision();
    }

    @Override
    protected PanacheRepositoryBase<CommissioningDecision, UUID> repository() {
        return decisions;
    }

    @Override
    protected String entityType() {
        return "decision";
    }

    @Override
    protected DecisionView view(CommissioningDecision decision) {
        return DecisionView.from(decision, null);
    }

    @Override
    protected DecisionView detail(CommissioningDecision decision) {
        return DecisionView.from(decision, new Linked(null, null,
                links.refs(LinkType.SERVICE, List.of(decision.serviceId)),
                links.refs(LinkType.COPRODUCTION, decision.coproductionIds)));
    }

    public Page<DecisionView> list(String areaCode, Filters f, String sort, PageRequest page) {
        return page(ListQuery.inArea(areaCode).archived(f.includeArchived()).equal("serviceId", f.serviceId())
                .equal("decision", f.decision()).where("decidedOn >= :from", "from", f.from())
                .where("decidedOn <= :to", "to", f.to()).has("indicatorCodes", f.indicator())
                .search(f.q(), "decidedBy", "rationale").sorted(sort, "-decidedOn", SORTS, "id"), page);
    }

    @Override
    protected List<FieldError> check(String areaCode, DecisionInput input) {
        var errors = new ArrayList<FieldError>();
        errors.addAll(links.checkOne(areaCode, LinkType.SERVICE, "serviceId", input.serviceId()));
        if (input.decidedOn() != null && input.decidedOn().isAfter(LocalDate.now(ENGLAND))) {
            errors.add(new FieldError("decidedOn", "must not be in the future: the log records decisions taken"));
        }
        errors.addAll(links.check(areaCode, LinkType.INDICATOR, "indicatorCodes", input.indicatorCodes()));
        errors.addAll(links.check(areaCode, LinkType.COPRODUCTION, "coproductionIds", input.coproductionIds()));
        if (input.forecastEvidence() != null) {
            errors.addAll(checkEvidence(areaCode, input.forecastEvidence()));
        }
        return errors;
    }

    /** What the figures must be beyond their shape: finite, in order, one a period, taken already. */
    private List<FieldError> checkEvidence(String areaCode, ForecastEvidence evidence) {
        var errors = new ArrayList<FieldError>();
        String field = "forecastEvidence";
        errors.addAll(links.checkOne(areaCode, LinkType.INDICATOR, field + ".indicatorCode", evidence.indicatorCode()));
        if (evidence.takenAt() != null && evidence.takenAt().isAfter(OffsetDateTime.now().plus(CLOCK_GRACE))) {
            errors.add(new FieldError(field + ".takenAt", "must not be in the future"));
        }
        if (evidence.points() == null) {
            return errors;
        }
        var periods = new HashSet<String>();
        for (int i = 0; i < evidence.points().size(); i++) {
            EvidencePoint point = evidence.points().get(i);
            if (point == null) {
                continue;
            }
            String at = field + ".points[" + i + "]";
            if (point.period() != null && !periods.add(point.period().trim())) {
                errors.add(new FieldError(at + ".period", "is given twice: one point a period"));
            }
            var numbers = new LinkedHashMap<String, Double>();
            numbers.put("forecast", point.forecast());
            numbers.put("lower80", point.lower80());
            numbers.put("upper80", point.upper80());
            numbers.put("lower95", point.lower95());
            numbers.put("upper95", point.upper95());
            numbers.put("capacity", point.capacity());
            numbers.put("gap", point.gap());
            boolean allFinite = true;
            for (var number : numbers.entrySet()) {
                if (number.getValue() != null && !Double.isFinite(number.getValue())) {
                    errors.add(new FieldError(at + "." + number.getKey(), "must be a finite number"));
                    allFinite = false;
                }
            }
            if (point.capacity() != null && point.capacity() < 0) {
                errors.add(new FieldError(at + ".capacity", "must not be negative"));
            }
            if (allFinite && !inOrder(point.ordered())) {
                errors.add(new FieldError(at, "must keep lower95 <= lower80 <= forecast <= upper80 <= upper95"));
            }
        }
        return errors;
    }

    private static boolean inOrder(List<Double> values) {
        Double previous = null;
        for (Double value : values) {
            if (value == null) {
                continue;
            }
            if (previous != null && value < previous) {
                return false;
            }
            previous = value;
        }
        return true;
    }

    /**
     * The forecast a decision relied on is kept as it was: a change may leave it out (it stays) or
     * send it unchanged; one sent different is refused. A decision recorded without one may have
     * it added once.
     */
    @Override
    protected List<FieldError> checkChange(CommissioningDecision decision, DecisionInput input) {
        ForecastEvidence sent = input.forecastEvidence();
        if (decision.forecastEvidence == null || sent == null) {
            return List.of();
        }
        boolean same = rules.violations(sent).isEmpty() && decision.forecastEvidence.equals(sent.stored());
        return same ? List.of() : List.of(new FieldError("forecastEvidence", EVIDENCE_KEPT));
    }

    @Override
    protected void apply(CommissioningDecision decision, DecisionInput input) {
        decision.serviceId = input.serviceId();
        decision.decidedOn = input.decidedOn();
        decision.decision = input.decision();
        decision.decidedBy = input.decidedBy().trim();
        decision.rationale = input.rationale() == null || input.rationale().isBlank() ? null : input.rationale();
        decision.indicatorCodes = input.indicatorCodes() == null ? new LinkedHashSet<>()
                : new LinkedHashSet<>(input.indicatorCodes());
        decision.coproductionIds = input.coproductionIds() == null ? new LinkedHashSet<>()
                : new LinkedHashSet<>(input.coproductionIds());
        if (decision.forecastEvidence == null && input.forecastEvidence() != null) {
            decision.forecastEvidence = input.forecastEvidence().stored();
        }
    }

    /** The decisions about these services, newest first, archived ones included (and marked). */
    public List<DecisionSummary> aboutServices(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return summaries(decisions.list("serviceId in ?1 order by decidedOn desc, id", serviceIds));
    }

    /** The area's live decisions taken after {@code since} and up to {@code until}, newest first. */
    public List<DecisionSummary> takenBetween(String areaCode, LocalDate since, LocalDate until) {
        return summaries(decisions.list("areaCode = ?1 and archived = false and decidedOn > ?2 and decidedOn <= ?3"
                + " order by decidedOn desc, id", areaCode, since, until));
    }

    private List<DecisionSummary> summaries(List<CommissioningDecision> found) {
        var serviceNames = new HashMap<UUID, String>();
        links.refs(LinkType.SERVICE, found.stream().map(d -> d.serviceId).collect(Collectors.toSet()))
                .forEach(ref -> serviceNames.put(ref.id(), ref.label()));
        var indicatorNames = indicatorNames(found.stream().flatMap(d -> d.indicatorCodes.stream())
                .collect(Collectors.toSet()));
        return found.stream().map(d -> new DecisionSummary(d.id, d.archived, d.serviceId,
                serviceNames.get(d.serviceId), d.decidedOn, d.decision, d.decidedBy, d.rationale,
                d.indicatorCodes.stream().sorted()
                        .map(code -> new DecisionSummary.IndicatorRef(code, indicatorNames.get(code))).toList(),
                links.refs(LinkType.COPRODUCTION, d.coproductionIds), d.forecastEvidence != null)).toList();
    }

    private Map<String, String> indicatorNames(Set<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select i.code, i.name from Indicator i where i.code in :codes", Object[].class)
                .setParameter("codes", codes).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }
}
