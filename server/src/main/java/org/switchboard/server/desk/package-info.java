/**
 * The agent desk ({@code /desk}, AGENT_DESK): state buttons with the admin's not-ready
 * reason codes, time in state, the screen pop on ringing (caller, region, queue, wait,
 * IVR path, customer card, last contacts), wrap-up with a disposition that ends
 * after-call work, hang-up, and today's own figures; live through {@code /live/agent}.
 */
package org.switchboard.server.desk;
