package org.sendhub.link;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The records linked to one record, both the links it keeps and the links others keep to it.
 * Only the kinds that apply to the record are present.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Linked(List<LinkRef> priorities, List<LinkRef> outcomes, List<LinkRef> services,
        List<LinkRef> coproduction) {
}
