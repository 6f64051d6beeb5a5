package org.sendhub.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.sendhub.common.problem.FieldError;
import org.sendhub.common.problem.InputRules;

/**
 * The reverse edit of links: from a priority's page, the services that deliver it; from a
 * service's page, the co-production that shaped it. The owners keep the links; this asks them
 * to change, all or nothing.
 */
@ApplicationScoped
@Transactional
public class LinkEdits {

    /** As many links as one owner record may keep of one kind (openapi.yaml's maxItems). */
    static final int MAX_PER_OWNER = 100;

    /** The services linked to a priority. */
    public record ServiceIds(@NotNull @Size(max = 500) List<@NotNull UUID> serviceIds) {
    }

    /** The co-production records linked to a priority or a service. */
    public record CoproductionIds(@NotNull @Size(max = 500) List<@NotNull UUID> coproductionIds) {
    }

    @Inject
    EntityManager em;

    @Inject
    LinkQueries links;

    @Inject
    InputRules rules;

    @Inject
    @Any
    Instance<LinkOwner> owners;

    /** The services that deliver {@code priorityId} become exactly these; true if any link changed. */
    public boolean servicesOfPriority(String areaCode, UUID priorityId, ServiceIds input, String actor) {
        InputRules.throwIfAny(rules.violations(input));
        return relink(areaCode, LinkType.SERVICE, "priorityIds", priorityId, input.serviceIds(), "serviceIds", actor);
    }

    /**
     * The co-production records that shaped {@code target} (a priority or a service, named by
     * {@code field}, the owners' collection) become exactly these; true if any link changed.
     */
    public boolean coproductionOf(String areaCode, String field, UUID target, CoproductionIds input, String actor) {
        InputRules.throwIfAny(rules.violations(input));
        return relink(areaCode, LinkType.COPRODUCTION, field, target, input.coproductionIds(), "coproductionIds",
                actor);
    }

    private boolean relink(String areaCode, LinkType ownerType, String field, UUID target, List<UUID> wanted,
            String inputField, String actor) {
        var errors = new ArrayList<>(links.check(areaCode, ownerType, inputField, wanted));
        var linking = links.linking(ownerType, field, target).stream().map(LinkRef::id).toList();
        errors.addAll(full(ownerType, field, wanted, new HashSet<>(linking), inputField));
        InputRules.throwIfAny(errors);
        var owner = owners.stream().filter(o -> o.type() == ownerType).findFirst()
                .orElseThrow(() -> new IllegalStateException("no owner of " + ownerType + " links"));
        return owner.relink(areaCode, field, target, linking, new HashSet<>(wanted), actor) > 0;
    }

    /**
     * An owner's own edit changed its links to records of {@code type} from {@code before} to
     * {@code after}: each record it linked or unlinked moves on a version, so that a reverse edit
     * opened before (the page of what links to that record) meets a 412 rather than undoing this.
     * Called after the owner is locked: owners before the records they link to, in id order.
     */
    public void ownerRelinked(LinkType type, Collection<UUID> before, Collection<UUID> after) {
        var moved = new TreeSet<UUID>(before);
        moved.addAll(after);
        moved.removeIf(id -> before.contains(id) && after.contains(id));
        if (moved.isEmpty()) {
            return;
        }
        em.createQuery("select e from " + type.entity + " e where e.id in :ids order by e.id", Object.class)
                .setParameter("ids", moved).setLockMode(LockModeType.PESSIMISTIC_FORCE_INCREMENT).getResultList();
    }

    /** Owners that would keep more links than they may, were this one added. */
    private List<FieldError> full(LinkType ownerType, String field, List<UUID> wanted, HashSet<UUID> linking,
            String inputField) {
        var adding = wanted.stream().filter(id -> !linking.contains(id)).distinct().toList();
        var atMost = links.keepingAtLeast(ownerType, field, adding, MAX_PER_OWNER);
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < wanted.size(); i++) {
            if (atMost.contains(wanted.get(i))) {
                errors.add(new FieldError(inputField + "[" + i + "]", "already keeps " + MAX_PER_OWNER
                        + " links of this kind, the most a " + ownerType.noun + " may keep"));
            }
        }
        return errors;
    }
}
