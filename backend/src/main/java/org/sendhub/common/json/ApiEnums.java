package org.sendhub.common.json;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.sendhub.common.problem.ProblemException;

/** Reads enum query parameters by the names the API uses (the constants' {@link JsonProperty}). */
public final class ApiEnums {

    private ApiEnums() {
    }

    public static String apiName(Enum<?> constant) {
        try {
            JsonProperty property = constant.getDeclaringClass().getField(constant.name())
                    .getAnnotation(JsonProperty.class);
            return property != null ? property.value() : constant.name();
        } catch (NoSuchFieldException impossible) {
            return constant.name();
        }
    }

    public static <E extends Enum<E>> E parseParameter(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (apiName(constant).equals(value)) {
                return constant;
            }
        }
        throw ProblemException.badParameter(parameter, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(ApiEnums::apiName).collect(Collectors.joining(", ")));
    }
}
