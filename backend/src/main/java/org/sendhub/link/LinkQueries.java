package org.sendhub.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.sendhub.common.problem.FieldError;

/** Reads and checks the links between records, in both directions. */
@ApplicationScoped
public class LinkQueries {

    /** Every link list's maxItems in openapi.yaml. */
    static final int MAX_CHECKED_IDS = 100;

    @Inject
    EntityManager em;

    /** The records with these ids, archived ones included and marked. */
    public List<LinkRef> refs(LinkType type, Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new org.sendhub.link.LinkRef(e.id, " + type.label + ", e.archived) from "
                + type.entity + " e where e.id in :ids order by " + type.order, LinkRef.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The records of a type that keep a link to {@code id} in their collection {@code field}. */
    public List<LinkRef> linking(LinkType type, String field, UUID id) {
        return em.createQuery("select new org.sendhub.link.LinkRef(e.id, " + type.label + ", e.archived) from "
                + type.entity + " e where :id member of e." + field + " order by " + type.order, LinkRef.class)
                .setParameter("id", id).getResultList();
    }

    /** The records of a type in an area that meet an HQL condition on {@code e} (area as :area). */
    public List<LinkRef> where(LinkType type, String condition, String areaCode) {
        return em.createQuery("select new org.sendhub.link.LinkRef(e.id, " + type.label + ", e.archived) from "
                + type.entity + " e where " + condition + " order by " + type.order, LinkRef.class)
                .setParameter("area", areaCode).getResultList();
    }

    /**
     * A field error for each id that is not a record of this type in the area: a link may not
     * point to nothing, nor across areas.
     */
    public List<FieldError> check(String areaCode, LinkType type, String field, List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_CHECKED_IDS) {
            // Over the contract's maxItems: not sent to PostgreSQL (one bind parameter an id).
            return List.of(new FieldError(field, "has more than " + MAX_CHECKED_IDS + " ids; none were checked"));
        }
        var found = new HashSet<>(em.createQuery("select e.id from " + type.entity
                + " e where e.areaCode = :area and e.id in :ids", UUID.class)
                .setParameter("area", areaCode).setParameter("ids", ids).getResultList());
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null && !found.contains(ids.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "is not a " + type.noun + " of area " + areaCode));
            }
        }
        return errors;
    }
}
