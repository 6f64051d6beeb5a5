package org.sendhub.common.problem;

/** One failed field of a request, named by its JSON path (e.g. {@code actions[0].dueDate}). */
public record FieldError(String field, String message) {
}
