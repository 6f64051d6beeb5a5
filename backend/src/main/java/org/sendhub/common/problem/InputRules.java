package org.sendhub.common.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/**
 * Checks a request body against its Bean Validation constraints plus the rules a service adds,
 * and reports every failure at once, so that a form can show them all together.
 */
@ApplicationScoped
public class InputRules {

    @Inject
    Validator validator;

    public List<FieldError> violations(Object input) {
        if (input == null) {
            throw ProblemException.badRequest("The request needs a JSON body.",
                    List.of(new FieldError("body", "is required")));
        }
        var errors = new ArrayList<FieldError>();
        validator.validate(input).forEach(v -> errors.add(new FieldError(jsonPath(v.getPropertyPath()), v.getMessage())));
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** {@code principles[0].<list element>} becomes {@code principles[0]}: the caller's JSON path. */
    private static String jsonPath(jakarta.validation.Path path) {
        return path.toString().replaceAll("\\.<[^>]+>", "");
    }

    /** Throws 422 with every failure, if there is any. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
    }
}
