package org.sendhub.service;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a service is in the commissioning cycle. */
public enum CommissioningStage {
    @JsonProperty("understand") UNDERSTAND,
    @JsonProperty("plan") PLAN,
    @JsonProperty("do") DO,
    @JsonProperty("review") REVIEW
}
