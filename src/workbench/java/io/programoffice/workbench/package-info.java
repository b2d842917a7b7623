/**
 * The workbench: an embedded host that runs the plugin's own, unchanged code without Jira. Jetty 12 and Jersey 3
 * serve the plugin's REST resources, servlets, templates and web resources as its descriptor declares them; the
 * {@code host} package implements the Jira API replica on an H2 database. Never part of the plugin jar.
 */
package io.programoffice.workbench;
