/**
 * Discrete-event simulator: a YAML-shaped {@link org.switchboard.engine.sim.Scenario} of
 * queues, agents and arrivals is played through the real
 * {@link org.switchboard.engine.Engine} on a virtual clock, and the journal it writes is
 * turned into KPIs by {@link org.switchboard.engine.metrics.KpiCalculator}. Deterministic
 * for a seed.
 */
package org.switchboard.engine.sim;
