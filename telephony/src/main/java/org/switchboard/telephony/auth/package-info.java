/**
 * Digest authentication without SIP types: algorithms (MD5, SHA-256 per RFC 8760),
 * stateless nonces, verification against HA1 hashes, and the brute-force guard.
 */
package org.switchboard.telephony.auth;
