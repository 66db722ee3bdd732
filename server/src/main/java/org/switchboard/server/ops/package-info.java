/**
 * Operations: turning start-up failures an operator can fix (database unreachable, wrong
 * credentials, database file in use) into a one-line reason instead of a stack trace.
 */
package org.switchboard.server.ops;
