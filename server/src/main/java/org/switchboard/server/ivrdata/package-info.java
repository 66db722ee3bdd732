/**
 * Answers the IVR's data look-ups ({@code lookup} nodes): the built-in {@code customer}
 * source and HTTP sources named in configuration. Every look-up is answered, found or
 * not, within a bounded time, so a caller never waits on a look-up that will not come.
 */
package org.switchboard.server.ivrdata;
