package org.sendhub.insight;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.sendhub.decision.DecisionSummary;
import org.sendhub.link.LinkRef;
import org.sendhub.priority.MeasureProgress;

/**
 * The chain from need to voice for one record: evidence (indicators and their latest values),
 * outcomes, the services that deliver (with their money and funders), and the co-production
 * that shaped it; with a flag wherever the chain is broken; and the commissioning decisions
 * taken about those services, with the evidence each was taken on.
 */
public record Trace(
        String type,
        UUID id,
        String label,
        List<MeasureProgress.Progress> evidence,
        List<LinkRef> priorities,
        List<LinkRef> outcomes,
        List<ServiceLink> services,
        BigDecimal totalAnnualValue,
        List<String> fundingPartners,
        List<LinkRef> coproduction,
        List<String> flags,
        List<DecisionSummary> decisions) {

    /** A service in a chain, with what it costs, who pays, and the capacity it is commissioned for. */
    public record ServiceLink(UUID id, String label, boolean archived, String status, BigDecimal annualValue,
            String fundingModel, List<String> commissioners, Integer capacity, String capacityUnit,
            List<String> settings) {
    }

    /** Records whose chain is broken, area-wide. */
    public record Gaps(List<LinkRef> prioritiesWithoutMeasure, List<LinkRef> prioritiesWithoutService,
            List<LinkRef> prioritiesWithoutCoproduction, List<LinkRef> activeServicesWithoutPriority,
            List<LinkRef> coproductionThatInfluencedNothing) {
    }
}
