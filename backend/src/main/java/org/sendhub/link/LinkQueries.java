package org.sendhub.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.sendhub.common.problem.FieldError;

/** Reads and checks the links between records, in both directions. */
@ApplicationScoped
public class LinkQueries {

    /** More keys than any link list of the API may hold (openapi.yaml's maxItems). */
    private static final int MAX_CHECKED = 500;

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

    /** Of the records {@code ids}, those that keep {@code atLeast} links or more in their collection {@code field}. */
    public List<UUID> keepingAtLeast(LinkType type, String field, Collection<UUID> ids, int atLeast) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e.id from " + type.entity + " e where e.id in :ids and size(e." + field
                + ") >= :atLeast", UUID.class).setParameter("ids", ids).setParameter("atLeast", atLeast)
                .getResultList();
    }

    /** The records of a type in an area that meet an HQL condition on {@code e} (area as :area). */
    public List<LinkRef> where(LinkType type, String condition, String areaCode) {
        return em.createQuery("select new org.sendhub.link.LinkRef(e.id, " + type.label + ", e.archived) from "
                + type.entity + " e where " + condition + " order by " + type.order, LinkRef.class)
                .setParameter("area", areaCode).getResultList();
    }

    /**
     * Field errors for the links a request asks for that would point to nothing, or across areas:
     * the one check of every link, whether to a record of the area or to the catalogue.
     *
     * @param fieldOf the JSON path of the i-th key, e.g. {@code measures[2].indicatorCode}
     */
    public List<FieldError> check(String areaCode, LinkType type, List<?> keys, IntFunction<String> fieldOf) {
        if (keys == null || keys.isEmpty() || keys.size() > MAX_CHECKED) {
            // A list longer than any the API allows is refused by its size rule, not looked up.
            return List.of();
        }
        var asked = keys.stream().filter(Objects::nonNull).distinct().toList();
        var found = new HashSet<>();
        if (!asked.isEmpty()) {
            var query = em.createQuery("select e." + type.key + " from " + type.entity + " e where e." + type.key
                    + " in :keys" + (type.inArea ? " and e.areaCode = :area" : ""), Object.class)
                    .setParameter("keys", asked);
            if (type.inArea) {
                query.setParameter("area", areaCode);
            }
            found.addAll(query.getResultList());
        }
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != null && !found.contains(keys.get(i))) {
                errors.add(new FieldError(fieldOf.apply(i), type.notFound(areaCode)));
            }
        }
        return errors;
    }

    /** The links kept in a list field, e.g. {@code outcomeIds[1]}. */
    public List<FieldError> check(String areaCode, LinkType type, String field, List<?> keys) {
        return check(areaCode, type, keys, i -> field + "[" + i + "]");
    }

    /** The link kept in a field of its own, e.g. {@code strategyId}. */
    public List<FieldError> checkOne(String areaCode, LinkType type, String field, Object key) {
        return key == null ? List.of() : check(areaCode, type, List.of(key), i -> field);
    }
}
