package org.switchboard.server.sip;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The RTP port range of the built-in PBX, bound from {@code switchboard.rtp.*}. Each call
 * leg takes one even port (its odd neighbour is left for RTCP), so the range holds about
 * {@code (portMax - portMin) / 2} legs, two per bridged call.
 *
 * @param portMin lowest UDP port for RTP; default 20000
 * @param portMax highest UDP port for RTP; default 20999 (about 250 bridged calls)
 */
@ConfigurationProperties("switchboard.rtp")
public record RtpProperties(@DefaultValue("20000") int portMin, @DefaultValue("20999") int portMax) {

}
