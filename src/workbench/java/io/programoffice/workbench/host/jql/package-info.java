/**
 * The workbench's JQL subset: a tokenizer ({@link io.programoffice.workbench.host.jql.JqlLexer}), a
 * recursive-descent parser producing a syntax tree ({@link io.programoffice.workbench.host.jql.JqlParser}) and a
 * translator of that tree into a parameterised SQL condition over the issue table
 * ({@link io.programoffice.workbench.host.jql.JqlSqlTranslator}).
 */
package io.programoffice.workbench.host.jql;
