/**
 * The slice of SDP (RFC 4566) and offer/answer (RFC 3264) that G.711 audio calls need.
 */
package org.switchboard.telephony.sdp;
