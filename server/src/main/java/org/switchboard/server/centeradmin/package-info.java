/**
 * Admin pages for the contact-center configuration (queues, extensions, agents, IVR
 * flows, inbound routes, calendars, reason and disposition codes). Every save goes
 * through the configuration importer, so the pages and the configuration file share one
 * write path.
 */
package org.switchboard.server.centeradmin;
