/**
 * The shell of the web UI: shared layout data (who is logged in, what they may open), the
 * home and login pages, and the language choice (browser's Accept-Language, overridden by
 * {@code ?lang=} and remembered in a cookie). English and Simplified Chinese bundles.
 */
package org.switchboard.server.web;
