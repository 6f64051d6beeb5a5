package org.sendhub.indicator.catalogue;

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
import org.sendhub.indicator.catalogue.IndicatorDto.IndicatorInput;
import org.sendhub.indicator.catalogue.IndicatorDto.IndicatorView;


/** The indicator catalogue: read by everyone signed in, kept by admins. */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Inject
    Access access;

    @Inject
    IndicatorCatalogue catalogue;

    @GET
    public Page<IndicatorView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("sort") String sort,
            @QueryParam("includeArchived") String includeArchived) {
        return catalogue.list(q, ListFilters.flag(includeArchived, "includeArchived"), sort,
                PageRequest.of(page, size));
    }

    @POST
    public Response create(IndicatorInput input) {
        access.checkAdmin("change the indicator catalogue");
        var created = catalogue.create(input, access.caller().username());
        return RecordResponses.created("/api/v1/indicators/" + created.code(), created, created.version());
    }

    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code) {
        var indicator = catalogue.get(code);
        return RecordResponses.ok(indicator, indicator.version());
    }

    @PUT
    @Path("/{code}")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            IndicatorInput input) {
        access.checkAdmin("change the indicator catalogue");
        var updated = catalogue.update(code, ETags.requiredVersion(ifMatch), input, access.caller().username());
        return RecordResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{code}")
    public Response archive(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.checkAdmin("change the indicator catalogue");
        var archived = catalogue.archive(code, ETags.requiredVersion(ifMatch), access.caller().username());
        return RecordResponses.ok(archived, archived.version());
    }

    @POST
    @Path("/{code}/restore")
    public Response restore(@PathParam("code") String code) {
        access.checkAdmin("change the indicator catalogue");
        var restored = catalogue.restore(code, access.caller().username());
        return RecordResponses.ok(restored, restored.version());
    }
}
