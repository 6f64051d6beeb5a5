package org.sendhub.indicator.importing;

import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.security.Access;
import org.sendhub.indicator.values.ValuesFormat;

/** The analysts' CSV, imported all or nothing (or only checked, with {@code dryRun}). */
@Path("/api/v1/indicator-values/import")
public class IndicatorImportResource {

    @Inject
    Access access;

    @Inject
    IndicatorImport importer;

    @POST
    @Consumes(ValuesFormat.CSV_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importCsv(InputStream body, @QueryParam("dryRun") String dryRun) {
        return importer.run(body, access.indicatorValueWriter(), ListFilters.flag(dryRun, "dryRun"));
    }
}
