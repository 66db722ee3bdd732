/**
 * KPIs computed from journal events alone: per queue, per agent and per interval, as
 * counts and sums so that every figure can be recomputed and traced to its calls; plus
 * Erlang C. Definitions and attribution rules are in {@code docs/metrics.md}.
 */
package org.switchboard.engine.metrics;
