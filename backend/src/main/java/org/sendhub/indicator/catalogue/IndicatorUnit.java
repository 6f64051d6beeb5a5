package org.sendhub.indicator.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an indicator's values count. */
public enum IndicatorUnit {
    @JsonProperty("percent") PERCENT,
    @JsonProperty("count") COUNT,
    @JsonProperty("rate_per_1000") RATE_PER_1000,
    @JsonProperty("ratio") RATIO,
    @JsonProperty("currency") CURRENCY
}
