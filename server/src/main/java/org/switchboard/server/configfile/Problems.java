package org.switchboard.server.configfile;

import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems found while reading or applying a configuration file. */
public final class Problems {

	private final List<ConfigProblem> list = new ArrayList<>();

	public void add(Node node, String path, String message) {
		add(line(node), path, message);
	}

	public void add(int line, String path, String message) {
		this.list.add(new ConfigProblem(line, path, message));
	}

	public boolean isEmpty() {
		return this.list.isEmpty();
	}

	public List<ConfigProblem> list() {
		return List.copyOf(this.list);
	}

	/** Throws when any problem was found, so that nothing of the file is applied. */
	public void throwIfAny() {
		if (!this.list.isEmpty()) {
			throw new ConfigRejectedException(this.list);
		}
	}

	static int line(Node node) {
		return (node != null) ? node.getStartMark().getLine() + 1 : 0;
	}

}
