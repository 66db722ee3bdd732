/**
 * RTP media anchored on the server: port allocation, G.711 μ-law/A-law, the per-call
 * relay, RFC 4733 digit detection, prompt playback and music on hold from 8 kHz WAV, and
 * the stereo recorder. No SIP types here.
 */
package org.switchboard.telephony.media;
