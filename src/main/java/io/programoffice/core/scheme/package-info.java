/**
 * Program schemes: the reusable configuration programs share (dependency link types with kind, direction and lag;
 * done statuses; estimate, team and milestone sources; working calendar). {@link io.programoffice.core.scheme.SchemeInput}
 * turns raw request values into a validated {@link io.programoffice.core.scheme.ProgramScheme}, reporting every
 * problem per field. Immutable records; O(size of the scheme).
 */
package io.programoffice.core.scheme;
