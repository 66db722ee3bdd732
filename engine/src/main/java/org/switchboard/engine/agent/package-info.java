/**
 * Agents: the state machine (LOGGED_OUT, NOT_READY, READY, RESERVED, ON_CALL, HOLD,
 * WRAP_UP), reason codes as data, and the counters routing reads. No timers here: the
 * engine owns leases and wrap-up deadlines.
 */
package org.switchboard.engine.agent;
