package org.sendhub.common.json;

import java.util.UUID;

import org.sendhub.common.problem.ProblemException;

public final class Uuids {

    private Uuids() {
    }

    /** Parses an id from a path or query parameter; a malformed one is the caller's mistake (400). */
    public static UUID parse(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(parameter, "must be a UUID");
        }
    }
}
