package org.sendhub.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum StrategyStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("active") ACTIVE,
    @JsonProperty("ended") ENDED
}
