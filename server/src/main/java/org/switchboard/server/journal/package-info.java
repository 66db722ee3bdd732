/**
 * The engine's journal persisted: an append-only table written in batches from a bounded
 * buffer by one background writer that retries while the database is down, and the reader
 * that rebuilds agents' states and the day's counters on start-up.
 */
package org.switchboard.server.journal;
