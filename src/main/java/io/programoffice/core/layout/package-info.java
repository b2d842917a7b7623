/**
 * Graph drawing for the pages (the program dependency graph): {@link io.programoffice.core.layout.LayeredLayout}
 * places the nodes of a directed graph in layers, edges left to right except inside cycles, in
 * O((nodes + edges + dummy nodes) log) per sweep, so the browser only draws the given positions.
 */
package io.programoffice.core.layout;
