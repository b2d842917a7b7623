/**
 * Program releases: same-named fixVersions across the program's team projects grouped into one release, with the
 * spread of their dates, so a TPM sees at a glance where teams plan to ship the "same" release on different days.
 * Pure functions on immutable records; O(v log v) in the number of versions.
 */
package io.programoffice.core.release;
