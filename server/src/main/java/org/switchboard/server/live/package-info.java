/**
 * Live state for desks and wallboards: {@link org.switchboard.server.live.LiveFloor}
 * follows every engine event (today's KPIs through the engine's KPI calculator, agents,
 * waiting contacts, alerts) and {@code LiveStream} pushes coalesced snapshots over
 * server-sent events ({@code /live/wallboard}, {@code /live/agent}).
 */
package org.switchboard.server.live;
