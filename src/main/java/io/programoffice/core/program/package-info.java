/**
 * Programs and what is counted about them: {@link io.programoffice.core.program.Program} (key, name, scope),
 * {@link io.programoffice.core.program.StatusCategory}, and {@link io.programoffice.core.program.ProgramSummary}. Storage and issue counting are ports
 * ({@link io.programoffice.core.program.ProgramStore}, {@link io.programoffice.core.program.IssueCounts})
 * implemented by the Jira adapters.
 */
package io.programoffice.core.program;
