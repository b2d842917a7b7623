/** ActiveObjects entities: the plugin's own tables ({@code AO_xxxxxx_PROGRAM}, ...). */
package io.programoffice.jira.ao;
