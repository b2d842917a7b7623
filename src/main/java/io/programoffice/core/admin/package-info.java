/**
 * Administering programs and schemes: who may change what, validation against the host's references, optimistic
 * locking, and an audit entry for every change. Pure logic over ports ({@link io.programoffice.core.admin.References},
 * {@link io.programoffice.core.admin.Transactions}, the stores, the audit log) that the Jira adapters implement.
 */
package io.programoffice.core.admin;
