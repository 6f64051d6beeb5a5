package org.sendhub.service;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a service is planned, running or decommissioned. */
public enum ServiceStatus {
    @JsonProperty("planned") PLANNED,
    @JsonProperty("active") ACTIVE,
    @JsonProperty("decommissioned") DECOMMISSIONED
}
