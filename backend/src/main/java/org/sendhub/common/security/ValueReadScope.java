package org.sendhub.common.security;

/**
 * The indicator values a read may return, as {@link Access} decided: values of published
 * indicators for {@code places}; values of local indicators only for those of
 * {@code localIndicatorAreas} among them.
 *
 * @param places the places the request names, or every place when it names none
 * @param localIndicatorAreas where the caller may read local indicators' values
 */
public record ValueReadScope(AreaScope places, AreaScope localIndicatorAreas) {
}
