package io.programoffice.workbench.data;

/**
 * What {@link DemoData#seed(WorkbenchDatabase)} created.
 *
 * @param projects the number of projects
 * @param issues the number of issues
 * @param links the number of issue links of every type
 * @param crossProjectDependencyLinks the number of "Blocks" and "Depends" links whose two issues lie in
 *     different projects
 */
public record DemoSummary(int projects, int issues, int links, int crossProjectDependencyLinks) {
}
