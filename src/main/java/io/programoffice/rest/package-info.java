/**
 * REST v2 resources under {@code /rest/program-office/1.0}: one resource per noun, permission check first, DTOs in
 * {@code rest.dto}, every error in Jira's shape {@code {"errorMessages":[...],"errors":{...}}} via
 * {@code rest.errors}.
 */
package io.programoffice.rest;
