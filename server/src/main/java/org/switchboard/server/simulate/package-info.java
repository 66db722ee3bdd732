/**
 * The {@code simulate} command: reads a YAML scenario, runs the engine's discrete-event
 * simulator and prints its JSON, without starting Spring.
 */
package org.switchboard.server.simulate;
