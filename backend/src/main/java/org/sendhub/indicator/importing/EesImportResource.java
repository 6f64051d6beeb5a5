package org.sendhub.indicator.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.problem.FieldError;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.Access;
import org.sendhub.indicator.eesmapping.SavedMappings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An EES open-data CSV, exactly as downloaded, imported through a mapping (given as JSON, or a
 * saved one by its code) all or nothing, or only checked with {@code dryRun}.
 */
@Path("/api/v1/ees-imports")
public class EesImportResource {

    @Inject
    Access access;

    @Inject
    EesImport eesImport;

    @Inject
    SavedMappings savedMappings;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public EesImportReport importFile(@RestForm("file") FileUpload file, @RestForm("mapping") String mapping,
            @RestForm("mappingCode") String mappingCode, @RestForm("dryRun") String dryRun) throws IOException {
        var writer = access.indicatorValueWriter();
        boolean onlyCheck = ListFilters.flag(dryRun, "dryRun");
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.badRequest("The request needs the EES file.",
                    List.of(new FieldError("file", "is required: the EES open-data CSV as downloaded")));
        }
        EesMapping chosen = mapping(mapping, mappingCode);
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return eesImport.run(in, chosen, writer, onlyCheck);
        }
    }

    private EesMapping mapping(String mapping, String mappingCode) {
        boolean given = mapping != null && !mapping.isBlank();
        boolean saved = mappingCode != null && !mappingCode.isBlank();
        if (given == saved) {
            throw ProblemException.badRequest("The request needs one mapping.", List.of(new FieldError("mapping",
                    "give the mapping as JSON, or mappingCode, the code of a saved mapping (not both)")));
        }
        if (saved) {
            return savedMappings.find(mappingCode.trim()).mapping;
        }
        EesMapping read;
        try {
            read = json.readValue(mapping, EesMapping.class);
        } catch (JsonProcessingException e) {
            throw unreadableMapping(e.getOriginalMessage());
        }
        if (read == null) {
            throw unreadableMapping("must be a JSON object");
        }
        return read;
    }

    private static ProblemException unreadableMapping(String why) {
        return ProblemException.badRequest("The mapping is not valid JSON of an EES mapping.",
                List.of(new FieldError("mapping", why)));
    }
}
