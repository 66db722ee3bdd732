/**
 * The registrar (RFC 3261 §10.3) and the in-memory location service of registered
 * contacts, several per extension, each with its own expiry.
 */
package org.switchboard.telephony.registrar;
