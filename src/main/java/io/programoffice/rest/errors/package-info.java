/** One error format for every REST failure: Jira's {@code ErrorCollection} shape, produced by exception mappers. */
package io.programoffice.rest.errors;
