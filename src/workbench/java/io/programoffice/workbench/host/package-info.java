/**
 * Workbench implementations of the Jira API replica: users, authentication, projects, permissions, search (a JQL
 * subset on H2), ActiveObjects (real AO on H2), Velocity rendering with Jira's escaping and allowlist rules, i18n,
 * login URIs and web resources.
 */
package io.programoffice.workbench.host;
