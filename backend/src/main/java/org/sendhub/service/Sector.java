package org.sendhub.service;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The partner sectors a service spans. */
public enum Sector {
    @JsonProperty("education") EDUCATION,
    @JsonProperty("health") HEALTH,
    @JsonProperty("social_care") SOCIAL_CARE
}
