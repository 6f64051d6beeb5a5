package org.sendhub.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sendhub.area.AreaDto.AreaView;
import org.sendhub.area.AreaService;
import org.sendhub.coproduction.Coproduction;
import org.sendhub.coproduction.CoproductionDto.CoproductionView;
import org.sendhub.decision.DecisionLog;
import org.sendhub.decision.DecisionSummary;
import org.sendhub.priority.MeasureProgress;
import org.sendhub.priority.Priority;
import org.sendhub.priority.PriorityDto.PriorityView;

/** One printable set for the SEND Board: the dashboard, the priorities, the gaps, the voice, the decisions taken. */
@ApplicationScoped
@Transactional
public class BoardReport {

    public record PriorityLine(PriorityView priority, String statusThen, List<MeasureProgress.Progress> measures) {
    }

    public record Report(AreaView area, LocalDate date, LocalDate since, Dashboard dashboard,
            List<PriorityLine> priorities, GapAnalysis.Result gaps, List<CoproductionView> youSaidWeDid,
            List<DecisionSummary> decisions) {
    }

    @Inject
    EntityManager em;

    @Inject
    AreaService areas;

    @Inject
    DashboardService dashboards;

    @Inject
    GapAnalysis gapAnalysis;

    @Inject
    MeasureProgress progress;

    @Inject
    DecisionLog decisions;

    public Report report(String area, LocalDate date, LocalDate since) {
        Map<java.util.UUID, String> then = dashboards.statusOn(area, since);
        var priorities = em.createQuery("from Priority where areaCode = :area and archived = false"
                + " order by strategyId, number", Priority.class).setParameter("area", area).getResultList().stream()
                .map(p -> {
                    var view = PriorityView.from(p);
                    return new PriorityLine(view, then.get(p.id), progress.of(view));
                }).toList();
        var voice = em.createQuery("from Coproduction where areaCode = :area and archived = false"
                + " and heldOn > :since and heldOn <= :date order by heldOn desc", Coproduction.class)
                .setParameter("area", area).setParameter("since", since).setParameter("date", date).getResultList()
                .stream().map(c -> CoproductionView.from(c, null)).toList();
        return new Report(areas.get(area), date, since, dashboards.dashboard(area, date, since), priorities,
                gapAnalysis.analyse(area, null, null), voice, decisions.takenBetween(area, since, date));
    }
}
