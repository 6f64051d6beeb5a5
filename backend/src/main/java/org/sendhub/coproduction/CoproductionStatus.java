package org.sendhub.coproduction;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether the loop is still open, answered, or closed. */
public enum CoproductionStatus {
    @JsonProperty("open") OPEN,
    @JsonProperty("responded") RESPONDED,
    @JsonProperty("closed") CLOSED
}
