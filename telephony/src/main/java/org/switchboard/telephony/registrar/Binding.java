package org.switchboard.telephony.registrar;

import java.time.Instant;

/**
 * One registered contact of an extension.
 *
 * @param extension the extension number
 * @param contact the Contact URI the phone registered
 * @param expires when the binding lapses unless refreshed
 * @param callId Call-ID of the REGISTER that made it (RFC 3261 §10.3 step 7)
 * @param cseq CSeq of that REGISTER
 * @param source address:port the REGISTER came from
 */
public record Binding(String extension, String contact, Instant expires, String callId, long cseq, String source) {
}
