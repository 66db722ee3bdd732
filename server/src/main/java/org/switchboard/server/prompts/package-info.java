/**
 * Prompts: the admin page and REST API that list, play, upload and revert the WAV prompts
 * IVR flows and queues play, the conversion of uploads to the telephony format, and the
 * configuration file's {@code prompts} section that records which uploads a center needs.
 */
package org.switchboard.server.prompts;
