/**
 * Runs the built-in PBX ({@code telephony}) inside the server: binds the
 * {@code switchboard.sip.*} and {@code switchboard.rtp.*} settings, starts it after the
 * engine with the server's ports, reports SIP bans to the audit log and keeps the
 * engine's view of live calls in step with the legs that really exist.
 */
package org.switchboard.server.sip;
