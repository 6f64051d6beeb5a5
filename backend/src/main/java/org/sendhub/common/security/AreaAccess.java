package org.sendhub.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.sendhub.area.AreaRepository;
import org.sendhub.common.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The one gate every area-scoped endpoint passes. An area outside the caller's claim is
 * answered as if it did not exist (404), so that no one learns which private records exist;
 * a role that may not write gets 403 only inside the caller's own areas.
 */
@RequestScoped
public class AreaAccess {

    @Inject
    SecurityIdentity identity;

    @Inject
    AreaRepository areas;

    private Caller caller;

    public Caller caller() {
        if (caller == null) {
            caller = Caller.from(identity);
        }
        return caller;
    }

    public void checkRead(String areaCode) {
        if (!caller().canReadRecords() || !caller().reaches(areaCode) || areas.findByIdOptional(areaCode).isEmpty()) {
            throw ProblemException.notFound("No area " + areaCode + " among yours.");
        }
    }

    public void checkWrite(String areaCode) {
        checkRead(areaCode);
        if (!caller().canEdit()) {
            throw ProblemException.forbidden("Your role may read the records of " + areaCode + " but not change them.");
        }
    }

    public void checkAdmin() {
        if (!caller().isAdmin()) {
            throw ProblemException.forbidden("Only an admin may manage areas.");
        }
    }
}
