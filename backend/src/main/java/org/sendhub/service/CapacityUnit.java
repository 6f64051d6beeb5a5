package org.sendhub.service;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a service's capacity counts: places held at once, or children and young people served in a year. */
public enum CapacityUnit {
    @JsonProperty("places") PLACES,
    @JsonProperty("caseload_per_year") CASELOAD_PER_YEAR
}
