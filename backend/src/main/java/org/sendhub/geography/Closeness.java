package org.sendhub.geography;

import com.fasterxml.jackson.annotation.JsonProperty;

/** DfE's band for how similar a statistical neighbour is. */
public enum Closeness {
    @JsonProperty("extremely_close") EXTREMELY_CLOSE,
    @JsonProperty("very_close") VERY_CLOSE,
    @JsonProperty("close") CLOSE,
    @JsonProperty("somewhat_close") SOMEWHAT_CLOSE,
    @JsonProperty("not_close") NOT_CLOSE
}
