/**
 * The workbench's {@code import} command: loads Jira REST v2 JSON exports (plain, gzip, xz or tar packed) into the
 * workbench database ({@link io.programoffice.workbench.importer.JiraImporter}).
 */
package io.programoffice.workbench.importer;
