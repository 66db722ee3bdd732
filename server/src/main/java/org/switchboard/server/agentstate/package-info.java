/**
 * Agents going ready, not ready or logged out from the web: {@code PUT/GET
 * /api/agents/{jobNumber}/state}, answered by the engine; and hot-desking: the extension
 * an agent binds when logging in (desk or REST), kept until any logout and across a
 * restart, which telephony rings and feature codes act for.
 */
package org.switchboard.server.agentstate;
