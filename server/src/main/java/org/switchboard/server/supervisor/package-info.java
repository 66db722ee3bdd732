/**
 * The supervisor's wallboard ({@code /supervisor/wallboard}, SUPERVISE): queues and
 * agents live from the live floor's event stream, alerts, and forcing an agent not ready
 * or logged out (engine inputs, audited).
 */
package org.switchboard.server.supervisor;
