/**
 * Routing strategies: one small class per strategy behind
 * {@link org.switchboard.engine.routing.RoutingStrategy}, each owning the shape of its
 * queue's index of ready agents ({@link org.switchboard.engine.routing.ReadyPool}).
 */
package org.switchboard.engine.routing;
