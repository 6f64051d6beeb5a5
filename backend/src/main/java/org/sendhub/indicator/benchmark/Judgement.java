package org.sendhub.indicator.benchmark;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A significance or a trend read by the indicator's polarity. */
public enum Judgement {
    @JsonProperty("better") BETTER,
    @JsonProperty("worse") WORSE,
    @JsonProperty("similar") SIMILAR,
    @JsonProperty("not_judged") NOT_JUDGED
}
