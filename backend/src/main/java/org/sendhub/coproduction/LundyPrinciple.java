package org.sendhub.coproduction;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Lundy model of participation: space, voice, audience, influence. */
public enum LundyPrinciple {
    @JsonProperty("space") SPACE,
    @JsonProperty("voice") VOICE,
    @JsonProperty("audience") AUDIENCE,
    @JsonProperty("influence") INFLUENCE
}
