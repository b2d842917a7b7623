/**
 * Constructor injection as the plugin system does it: host services for {@code @ComponentImport} parameters, plugin
 * components ({@code @Named}) for the rest, one instance of each.
 */
package io.programoffice.workbench.inject;
