package org.switchboard.server.sip;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The RTP side of the built-in PBX, bound from {@code switchboard.rtp.*}. Each call leg
 * takes one even port (its odd neighbour is left for RTCP), so the range holds about
 * {@code (portMax - portMin) / 2} legs, two per bridged call.
 *
 * @param portMin lowest UDP port for RTP; default 20000
 * @param portMax highest UDP port for RTP; default 20999 (about 250 bridged calls)
 * @param ioThreads threads that read and relay every call's RTP (one selector each, no
 * thread per call); default 2
 * @param recordingSyncInterval how often a recording is forced to disk while its call
 * runs; default {@code 0s}: only when the call ends (a process crash still loses at most
 * about a second, a power loss what the OS had not yet written)
 */
@ConfigurationProperties("switchboard.rtp")
public record RtpProperties(@DefaultValue("20000") int portMin, @DefaultValue("20999") int portMax,
		@DefaultValue("2") int ioThreads, @DefaultValue("0s") Duration recordingSyncInterval) {

}
