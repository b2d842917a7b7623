/** ActiveObjects upgrade tasks: each brings stored data from one model version to the next, once per instance. */
package io.programoffice.jira.ao.upgrade;
