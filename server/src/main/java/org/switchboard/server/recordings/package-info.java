/**
 * Call recordings: stores the metadata of each WAV telephony finished, lists and filters
 * them ({@code /api/recordings}, {@code /recordings}), streams them with HTTP range
 * requests for playback and download, audits every access, masks caller numbers for roles
 * that need not see them and deletes files older than the retention period.
 */
package org.switchboard.server.recordings;
