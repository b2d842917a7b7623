/**
 * Validation that reports every problem at once, per field, in the shape Jira's REST errors use: a map from field
 * name to message plus general messages. Immutable results; builders are not thread-safe.
 */
package io.programoffice.core.validation;
