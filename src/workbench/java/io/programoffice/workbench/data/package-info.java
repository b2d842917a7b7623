/**
 * The workbench's data: an H2 file database holding projects, issues, statuses, versions, issue links, users and
 * browse rights ({@link io.programoffice.workbench.data.WorkbenchDatabase}), and a deterministic demo data set
 * ({@link io.programoffice.workbench.data.DemoData}).
 */
package io.programoffice.workbench.data;
