package org.sendhub.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sendhub.link.LinkRef;

/**
 * A decision as the trace and the board report show it: what was decided about which service,
 * when and by whom, and the evidence it was taken on, named.
 */
public record DecisionSummary(UUID id, boolean archived, UUID serviceId, String serviceName, LocalDate decidedOn,
        DecisionKind decision, String decidedBy, String rationale, List<IndicatorRef> indicators,
        List<LinkRef> coproduction, boolean hasForecastEvidence) {

    /** An indicator of the catalogue, by code and name. */
    public record IndicatorRef(String code, String name) {
    }
}
