package org.sendhub.common.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.sendhub.common.json.Uuids;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.Access;


@Path("/api/v1/areas/{areaCode}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final java.util.Set<String> ENTITY_TYPES = java.util.Set.of("area", "strategy", "priority", "outcome", "service", "coproduction", "decision",
            "indicator_values");

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @GET
    public Page<AuditEntryDto> list(@PathParam("areaCode") String areaCode, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId) {
        access.checkRead(areaCode);
        if (entityType != null && !ENTITY_TYPES.contains(entityType)) {
            throw ProblemException.badParameter("entityType", "must be one of " + String.join(", ", new java.util.TreeSet<>(ENTITY_TYPES)));
        }
        var id = Uuids.parse(entityId, "entityId");
        return audit.list(areaCode, entityType, id == null ? null : id.toString(), PageRequest.of(page, size));
    }
}
