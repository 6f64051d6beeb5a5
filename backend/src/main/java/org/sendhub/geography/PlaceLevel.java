package org.sendhub.geography;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a place sits in England's geography. */
public enum PlaceLevel {
    @JsonProperty("country") COUNTRY,
    @JsonProperty("region") REGION,
    @JsonProperty("local_authority") LOCAL_AUTHORITY;

    /** As the database spells it (the same as the API). */
    public String stored() {
        return name().toLowerCase();
    }
}
