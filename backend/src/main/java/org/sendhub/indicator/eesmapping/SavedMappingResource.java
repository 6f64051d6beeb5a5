package org.sendhub.indicator.eesmapping;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.sendhub.common.etag.ETags;
import org.sendhub.common.etag.RecordResponses;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.security.Access;
import org.sendhub.indicator.eesmapping.SavedMappingDto.SavedMappingInput;
import org.sendhub.indicator.eesmapping.SavedMappingDto.SavedMappingView;


/** Saved EES mappings: read by everyone signed in, kept by editors and admins. */
@Path("/api/v1/ees-mappings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SavedMappingResource {

    @Inject
    Access access;

    @Inject
    SavedMappings mappings;

    @GET
    public Page<SavedMappingView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("sort") String sort,
            @QueryParam("includeArchived") String includeArchived) {
        return mappings.list(q, ListFilters.flag(includeArchived, "includeArchived"), sort,
                PageRequest.of(page, size));
    }

    @POST
    public Response create(SavedMappingInput input) {
        access.checkMayKeepImportMappings();
        var created = mappings.create(input, access.caller().username());
        return RecordResponses.created("/api/v1/ees-mappings/" + created.code(), created, created.version());
    }

    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code) {
        var indicator = mappings.get(code);
        return RecordResponses.ok(indicator, indicator.version());
    }

    @PUT
    @Path("/{code}")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SavedMappingInput input) {
        access.checkMayKeepImportMappings();
        var updated = mappings.update(code, ETags.requiredVersion(ifMatch), input, access.caller().username());
        return RecordResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{code}")
    public Response archive(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.checkMayKeepImportMappings();
        var archived = mappings.archive(code, ETags.requiredVersion(ifMatch), access.caller().username());
        return RecordResponses.ok(archived, archived.version());
    }

    @POST
    @Path("/{code}/restore")
    public Response restore(@PathParam("code") String code) {
        access.checkMayKeepImportMappings();
        var restored = mappings.restore(code, access.caller().username());
        return RecordResponses.ok(restored, restored.version());
    }
}
