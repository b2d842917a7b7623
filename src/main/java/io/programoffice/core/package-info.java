/**
 * Host-free program logic: plain Java 21 records and algorithms with no Atlassian, jakarta, Velocity or JDBC
 * imports (ArchUnit keeps it so). Everything here is tested on real values, without mocks.
 */
package io.programoffice.core;
