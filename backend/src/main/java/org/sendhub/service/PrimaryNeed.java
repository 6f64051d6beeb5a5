package org.sendhub.service;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Primary-need codes of the DfE school census. */
public enum PrimaryNeed {
    @JsonProperty("SPLD") SPLD,
    @JsonProperty("MLD") MLD,
    @JsonProperty("SLD") SLD,
    @JsonProperty("PMLD") PMLD,
    @JsonProperty("SEMH") SEMH,
    @JsonProperty("SLCN") SLCN,
    @JsonProperty("HI") HI,
    @JsonProperty("VI") VI,
    @JsonProperty("MSI") MSI,
    @JsonProperty("PD") PD,
    @JsonProperty("ASD") ASD,
    @JsonProperty("OTH") OTH,
    @JsonProperty("NSA") NSA
}
