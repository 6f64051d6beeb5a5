package org.sendhub.indicator.eesmapping;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sendhub.indicator.importing.EesMapping;

public final class SavedMappingDto {

    private SavedMappingDto() {
    }

    public record SavedMappingInput(
            @NotBlank @Pattern(regexp = "^[a-z0-9_-]{1,64}$",
                    message = "must be lower case letters, digits, - and _ (e.g. dfe-ehcp-caseload)") String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            @Size(max = 200) String fileName,
            @NotNull EesMapping mapping) {
    }

    public record SavedMappingView(String code, String name, String description, String fileName, EesMapping mapping,
            boolean archived, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static SavedMappingView from(SavedMapping m) {
            return new SavedMappingView(m.code, m.name, m.description, m.fileName, m.mapping, m.archived, m.version,
                    m.createdAt, m.updatedAt);
        }
    }
}
