package org.sendhub.service;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the partners fund a service. */
public enum FundingModel {
    @JsonProperty("pooled") POOLED,
    @JsonProperty("aligned") ALIGNED,
    @JsonProperty("single") SINGLE
}
