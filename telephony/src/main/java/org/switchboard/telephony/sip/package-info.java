/**
 * The SIP stack (JAIN-SIP RI on UDP and TCP), the dispatcher that applies RFC 3261 §8.2
 * request checks and the ban, and digest challenges. Owns no call state.
 */
package org.switchboard.telephony.sip;
