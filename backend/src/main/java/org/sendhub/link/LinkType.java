package org.sendhub.link;

/**
 * The record types that link to each other, with the HQL that names them, so that link
 * queries need no import of another feature's classes.
 */
public enum LinkType {
    PRIORITY("Priority", "concat(cast(e.number as String), '. ', e.title)", "e.number, e.title", "priority"),
    OUTCOME("Outcome", "e.statement", "e.createdAt, e.statement", "outcome"),
    SERVICE("CommissionedService", "e.name", "e.name", "service"),
    COPRODUCTION("Coproduction", "e.title", "e.heldOn desc nulls last, e.title", "co-production record");

    final String entity;
    final String label;
    final String order;
    public final String noun;

    LinkType(String entity, String label, String order, String noun) {
        this.entity = entity;
        this.label = label;
        this.order = order;
        this.noun = noun;
    }
}
