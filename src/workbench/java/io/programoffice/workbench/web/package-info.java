/**
 * The workbench's own web layer around the plugin: login (form and HTTP basic), the Jira-like page decorator,
 * web-resource downloads, and REST access rules.
 */
package io.programoffice.workbench.web;
