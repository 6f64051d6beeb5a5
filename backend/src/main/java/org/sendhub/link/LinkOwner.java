package org.sendhub.link;

import java.util.Collection;
import java.util.UUID;

/**
 * A record type that keeps links (services keep their priorities and outcomes), so that the
 * other side can edit them through it: the link stays with its one owner, and every owner
 * record changed is a change of its own, versioned and audited.
 */
public interface LinkOwner {

    /** Which records these are. */
    LinkType type();

    /**
     * Afterwards, of the area's records of this type, exactly {@code owners} keep a link to
     * {@code target} in their collection {@code field}; {@code linking} are those that keep one now.
     *
     * @return how many records changed
     */
    int relink(String areaCode, String field, UUID target, Collection<UUID> linking, Collection<UUID> owners,
            String actor);
}
