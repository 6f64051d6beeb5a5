package org.sendhub.common.security;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.sendhub.area.AreaRepository;
import org.sendhub.common.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The one place where a request is answered 401, 403 or 404 for who is calling (DOMAIN.md,
 * "Geography, areas and tenancy"). No token, or a bad one, is 401 before anything is looked up.
 * An area outside the caller's claim is answered as if it did not exist (404), so that no one
 * learns which private records exist; a role that may not write gets 403 only inside the
 * caller's own areas.
 */
@RequestScoped
public class Access {

    @Inject
    SecurityIdentity identity;

    @Inject
    AreaRepository areas;

    private Caller caller;

    /** The signed-in caller. Resolving the identity is what rejects a garbled or forged token. */
    public Caller caller() {
        if (caller == null) {
            if (identity.isAnonymous()) {
                throw ProblemException.unauthorized();
            }
            caller = Caller.from(identity);
        }
        return caller;
    }

    public void requireSignedIn() {
        caller();
    }

    public void checkRead(String areaCode) {
        var c = caller();
        if (!c.canReadRecords() || !c.reaches(areaCode) || areas.findByIdOptional(areaCode).isEmpty()) {
            throw noSuchArea(areaCode);
        }
    }

    public void checkWrite(String areaCode) {
        checkRead(areaCode);
        if (!caller().canEdit()) {
            throw ProblemException.forbidden("Your role may read the records of " + areaCode + " but not change them.");
        }
    }

    /** Areas and the indicator catalogue are kept by admins. */
    public void checkAdmin(String what) {
        if (!caller().isAdmin()) {
            throw ProblemException.forbidden("Only an admin may " + what + ".");
        }
    }

    /** The areas a list of areas shows: {@link AreaScope#every()} for admins, else the claim's. */
    public AreaScope areasListed() {
        var c = caller();
        return c.isAdmin() ? AreaScope.EVERY : AreaScope.of(c.areaCodes());
    }

    /**
     * The indicator values a request reads (DOMAIN.md: published statistics are read by every
     * signed-in user for every place; local indicators by the area's users and by analysts). The
     * places it names, or every place; within them, local indicators' values only where the
     * caller reads them. Nothing is refused: a place outside the claim answers its published
     * values and no local ones, which tells nothing about what else is there.
     */
    public ValueReadScope indicatorValuesOf(List<String> requested) {
        var c = caller();
        AreaScope places = requested.isEmpty() ? AreaScope.EVERY : AreaScope.of(requested);
        AreaScope local = c.readsEveryAreasIndicatorValues() ? places
                : AreaScope.of(requested.isEmpty() ? c.areaCodes()
                        : requested.stream().filter(c::readsIndicatorValuesOf).toList());
        return new ValueReadScope(places, local);
    }

    /**
     * One indicator's values of one place: a published indicator's for any place, a local one's
     * only where the caller reads them (analysts benchmark across areas), else 404 as for records.
     */
    public void checkIndicatorValuesOf(boolean published, String areaCode) {
        if (!published && !caller().readsIndicatorValuesOf(areaCode)) {
            throw noSuchArea(areaCode);
        }
    }

    /** Who imports indicator values, and for which areas: editors for theirs, admins for any. */
    public ValueWriter indicatorValueWriter() {
        var c = caller();
        if (!c.canEdit()) {
            throw ProblemException.forbidden("Only editors (for their areas) and admins import indicator values.");
        }
        return c.isAdmin() ? ValueWriter.everyArea(c.username()) : new ValueWriter(c.username(), c.areaCodes());
    }

    /** Saved EES mappings are kept by those who import: editors and admins. */
    public void checkMayKeepImportMappings() {
        if (!caller().canEdit()) {
            throw ProblemException.forbidden("Only editors and admins keep EES mappings.");
        }
    }

    private static ProblemException noSuchArea(String areaCode) {
        return ProblemException.notFound("No area " + areaCode + " among yours.");
    }
}
