/**
 * The contact center's configuration: SIP extensions (stored as HA1 digests), agents and
 * their skills, queues, business calendars, IVR flows and inbound routes. Each is a
 * configuration-file section and a read API; the stored whole becomes the engine's
 * {@link org.switchboard.engine.CenterConfig} and is applied to the running engine after
 * each import commits.
 */
package org.switchboard.server.contactcenter;
