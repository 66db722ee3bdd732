/**
 * Configuration as code: the YAML file an administrator keeps under version control,
 * imported at start-up ({@code switchboard.config-import}) or through
 * {@code POST /api/config/import}, and exported by {@code GET /api/config/export} in the
 * same format.
 *
 * <p>
 * Each top-level key is a {@link org.switchboard.server.configfile.ConfigSection} owned
 * by the feature it configures. A file is read whole before anything is applied; any
 * problem rejects it whole, naming the line and field; applying happens in one
 * transaction and is idempotent.
 */
package org.switchboard.server.configfile;
