package org.sendhub.service;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The type of setting of DfE's EHC plans release, which a service's capacity serves: each is one
 * category of the {@code setting} breakdown of EHC plans, by the name the release gives it.
 */
public enum EhcpSetting {
    @JsonProperty("mainstream_school") MAINSTREAM_SCHOOL("Mainstream schools"),
    @JsonProperty("special_school") SPECIAL_SCHOOL("Special schools"),
    @JsonProperty("alternative_provision") ALTERNATIVE_PROVISION("Alternative provision"),
    @JsonProperty("further_education") FURTHER_EDUCATION("Further education and post-16"),
    @JsonProperty("educated_elsewhere") EDUCATED_ELSEWHERE("Educated elsewhere"),
    @JsonProperty("early_years") EARLY_YEARS("Non-maintained early years");

    private final String category;

    EhcpSetting(String category) {
        this.category = category;
    }

    /** The category of the EHC plans' {@code setting} breakdown. */
    public String category() {
        return category;
    }
}
