/**
 * Hosts the one {@link org.switchboard.engine.Engine} of this process on its single
 * writer thread: adapters submit inputs, read views through queries run on that thread,
 * and receive the engine's actions through
 * {@link org.switchboard.server.engine.ActionSink}s.
 */
package org.switchboard.server.engine;
