/** Reads {@code atlassian-plugin.xml} into the module list the workbench wires, so nothing is declared twice. */
package io.programoffice.workbench.descriptor;
