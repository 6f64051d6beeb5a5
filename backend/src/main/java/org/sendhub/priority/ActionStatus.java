package org.sendhub.priority;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ActionStatus {
    @JsonProperty("not_started") NOT_STARTED,
    @JsonProperty("in_progress") IN_PROGRESS,
    @JsonProperty("done") DONE,
    @JsonProperty("blocked") BLOCKED
}
