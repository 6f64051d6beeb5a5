package org.sendhub.indicator.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which way is better, for judging a change. */
public enum Polarity {
    @JsonProperty("higher_is_better") HIGHER_IS_BETTER,
    @JsonProperty("lower_is_better") LOWER_IS_BETTER,
    @JsonProperty("no_judgement") NO_JUDGEMENT
}
