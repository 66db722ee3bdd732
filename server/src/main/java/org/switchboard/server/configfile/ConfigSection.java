package org.switchboard.server.configfile;

import org.yaml.snakeyaml.nodes.Node;

/**
 * One top-level key of the configuration file, owned by the feature it configures.
 * Reading only checks the file; applying writes, idempotently, inside the import's single
 * transaction.
 *
 * @param <T> the section's parsed, validated content
 */
public interface ConfigSection<T> {

	/** The top-level YAML key, e.g. {@code users}. */
	String key();

	/** Sections apply in ascending order, so that referenced items exist first. */
	int order();

	/** Reads and checks the section's YAML; records every problem, writes nothing. */
	T read(Node node, Problems problems);

	/**
	 * Applies the section so that the stored configuration matches it; applying the same
	 * content twice changes nothing the second time. Problems found against stored data
	 * (e.g. an unknown department) are recorded, and the whole import is then rolled
	 * back.
	 */
	SectionResult apply(T content, String actor, Problems problems);

	/** The current configuration in the import format: plain maps, lists and strings. */
	Object export();

}
