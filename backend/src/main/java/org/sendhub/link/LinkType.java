package org.sendhub.link;

/**
 * The record types that link to each other, with the HQL that names them, so that link
 * queries need no import of another feature's classes.
 */
public enum LinkType {
    STRATEGY("Strategy", "id", true, "e.title", "e.periodStart desc nulls last, e.title", "strategy"),
    PRIORITY("Priority", "id", true, "concat(cast(e.number as String), '. ', e.title)", "e.number, e.title",
            "priority"),
    OUTCOME("Outcome", "id", true, "e.statement", "e.createdAt, e.statement", "outcome"),
    SERVICE("CommissionedService", "id", true, "e.name", "e.name", "service"),
    COPRODUCTION("Coproduction", "id", true, "e.title", "e.heldOn desc nulls last, e.title", "co-production record"),
    /** The catalogue belongs to no area: a code links to it from any area. */
    INDICATOR("Indicator", "code", false, "e.name", "e.code", "indicator");

    final String entity;
    final String key;
    final boolean inArea;
    final String label;
    final String order;
    public final String noun;

    LinkType(String entity, String key, boolean inArea, String label, String order, String noun) {
        this.entity = entity;
        this.key = key;
        this.inArea = inArea;
        this.label = label;
        this.order = order;
        this.noun = noun;
    }

    String notFound(String areaCode) {
        return inArea ? "is not a " + noun + " of area " + areaCode : "is not an " + noun + " of the catalogue";
    }
}
