package org.sendhub.coproduction;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PositiveOrZero;

/** How many took part, by group; empty where not counted. */
@Embeddable
public record Participants(
        @Column(name = "children_young_people") @PositiveOrZero Integer childrenYoungPeople,
        @Column(name = "parents_carers") @PositiveOrZero Integer parentsCarers,
        @Column(name = "professionals") @PositiveOrZero Integer professionals) {

    public static final Participants NONE = new Participants(null, null, null);
}
