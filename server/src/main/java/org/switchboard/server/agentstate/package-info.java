/**
 * Agents going ready, not ready or logged out from the web: {@code PUT/GET
 * /api/agents/{jobNumber}/state}, answered by the engine.
 */
package org.switchboard.server.agentstate;
