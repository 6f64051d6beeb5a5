package org.sendhub.coproduction;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How families and young people were heard. */
public enum CoproductionKind {
    @JsonProperty("survey") SURVEY,
    @JsonProperty("workshop") WORKSHOP,
    @JsonProperty("drop_in") DROP_IN,
    @JsonProperty("forum") FORUM,
    @JsonProperty("focus_group") FOCUS_GROUP,
    @JsonProperty("consultation") CONSULTATION,
    @JsonProperty("board") BOARD,
    @JsonProperty("other") OTHER
}
