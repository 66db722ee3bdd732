/**
 * The audit log: every login (success and failure, with source address) and every
 * administrative change (who, what, before/after, when), append-only, browsable and
 * filterable by administrators. {@link org.switchboard.server.audit.AuditLog} is the
 * entry point for other packages; nothing in the product updates or deletes an entry.
 */
package org.switchboard.server.audit;
