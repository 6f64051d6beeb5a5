package org.sendhub.priority;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A priority's RAG status, as the SEND Board reads it. */
public enum RagStatus {
    @JsonProperty("not_started") NOT_STARTED,
    @JsonProperty("on_track") ON_TRACK,
    @JsonProperty("at_risk") AT_RISK,
    @JsonProperty("off_track") OFF_TRACK,
    @JsonProperty("achieved") ACHIEVED
}
