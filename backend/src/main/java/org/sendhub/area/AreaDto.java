package org.sendhub.area;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class AreaDto {

    private AreaDto() {
    }

    static final String GSS_CODE = "^[EWSN][0-9]{8}$";

    public record AreaInput(
            @NotBlank @Pattern(regexp = GSS_CODE, message = "must be an ONS GSS code such as E08000003") String code,
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = GSS_CODE, message = "must be an ONS GSS code such as E54000057") String icbCode,
            @Size(max = 200) String icbName,
            Boolean demo) {
    }

    public record AreaView(String code, String name, String icbCode, String icbName, boolean demo, int version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        public static AreaView from(Area area) {
            return new AreaView(area.code, area.name, area.icbCode, area.icbName, area.demo, area.version,
                    area.createdAt, area.updatedAt);
        }
    }
}
