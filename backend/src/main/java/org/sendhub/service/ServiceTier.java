package org.sendhub.service;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Universal, targeted or specialist provision. */
public enum ServiceTier {
    @JsonProperty("universal") UNIVERSAL,
    @JsonProperty("targeted") TARGETED,
    @JsonProperty("specialist") SPECIALIST
}
