package org.sendhub.indicator.catalogue;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class IndicatorDto {

    private IndicatorDto() {
    }

    static final String CODE = "^[a-z0-9_]{1,64}$";

    public record IndicatorInput(
            @NotBlank @Pattern(regexp = CODE, message = "must be lower case letters, digits and _ (e.g. ehcp_rate)")
            String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String definition,
            @NotNull IndicatorUnit unit,
            @NotNull Polarity polarity,
            @Size(max = 500) String source,
            Boolean published,
            @Size(max = 20) List<@NotNull @Pattern(regexp = CODE, message = "must be lower case letters, digits and _")
                    String> breakdowns) {
    }

    public record IndicatorView(String code, String name, String definition, IndicatorUnit unit, Polarity polarity,
            String source, boolean published, List<String> breakdowns, boolean archived, int version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        public static IndicatorView from(Indicator i) {
            return new IndicatorView(i.code, i.name, i.definition, i.unit, i.polarity, i.source, i.published,
                    List.copyOf(i.breakdowns), i.archived, i.version, i.createdAt, i.updatedAt);
        }
    }
}
