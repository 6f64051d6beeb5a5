package org.sendhub.me;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.sendhub.common.security.Access;
import org.sendhub.common.security.Role;


@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private static final List<String> KNOWN_ROLES = List.of(Role.VIEWER, Role.EDITOR, Role.ANALYST, Role.ADMIN);

    public record Me(String username, String name, List<String> roles, List<String> areaCodes, boolean canEdit,
            boolean isAdmin) {
    }

    @Inject
    Access access;

    @GET
    public Me me() {
        var caller = access.caller();
        return new Me(caller.username(), caller.name(),
                KNOWN_ROLES.stream().filter(caller.roles()::contains).toList(), caller.areaCodes(), caller.canEdit(),
                caller.isAdmin());
    }
}
