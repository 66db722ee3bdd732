/**
 * Switchboard's PBX: {@link org.switchboard.telephony.Telephony} starts the SIP
 * registrar, the B2BUA and the media relay on one port, and the ports here
 * ({@code ExtensionDirectory}, {@code InboundRoutes}, {@code AgentBinding},
 * {@code ContactCenterLink}, {@code RecordingStore}, {@code SecurityEvents}) are what the
 * server implements to wire it to storage and to the engine. Nothing in this module knows
 * about Spring.
 */
package org.switchboard.telephony;
