/** Immutable view models handed to Velocity templates; each getter is listed in the descriptor's velocity-allowlist. */
package io.programoffice.web.model;
