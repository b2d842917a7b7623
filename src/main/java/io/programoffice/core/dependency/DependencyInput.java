package io.programoffice.core.dependency;

/**
 * A new dependency as the caller asked for it, unvalidated.
 *
 * @param from     the key of the dependent (downstream) issue, which waits
 * @param to       the key of the upstream issue, which delivers
 * @param type     the link type's name; the scheme of a program containing either issue must map it
 * @param neededBy an ISO date ({@code 2027-03-31}), or {@code null}
 * @param lag      a lag override in working days, {@code -365..365}, or {@code null}
 * @param note     free text, or {@code null}
 */
public record DependencyInput(String from, String to, String type, String neededBy, Integer lag, String note) {
}
