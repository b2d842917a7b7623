/**
 * Pages: servlets that check the user, build immutable view models ({@code web.model}) and render Velocity templates
 * under {@code templates/programs/}. Templates see only view models whose getters are in the descriptor's
 * {@code velocity-allowlist}; every user value is escaped by the renderer.
 */
package io.programoffice.web;
