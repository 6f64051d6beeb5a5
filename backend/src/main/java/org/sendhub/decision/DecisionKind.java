package org.sendhub.decision;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What was decided about a service (DOMAIN.md "Commissioning decision"). */
public enum DecisionKind {
    @JsonProperty("commission") COMMISSION,
    @JsonProperty("recommission") RECOMMISSION,
    @JsonProperty("extend") EXTEND,
    @JsonProperty("redesign") REDESIGN,
    @JsonProperty("jointly_commission") JOINTLY_COMMISSION,
    @JsonProperty("decommission") DECOMMISSION
}
