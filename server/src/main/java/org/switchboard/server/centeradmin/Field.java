package org.switchboard.server.centeradmin;

import java.util.List;

/**
 * One input of an item's form and where its value sits in the item's configuration map.
 *
 * @param name the item key; a dotted name ({@code days.monday}) is a nested key
 * @param kind how the text typed converts to the configuration value
 * @param options the choices of a {@link Kind#SELECT}, otherwise empty
 * @param initial what a new item's form shows, or {@code ""}
 */
public record Field(String name, Kind kind, List<String> options, String initial) {

	static Field of(String name, Kind kind) {
		return new Field(name, kind, List.of(), "");
	}

	static Field select(String name, List<String> options, String initial) {
		return new Field(name, Kind.SELECT, options, initial);
	}

	static Field flag(String name, boolean initial) {
		return new Field(name, Kind.FLAG, List.of(), initial ? "true" : "");
	}

	/** The message key of the field's label. */
	public String label() {
		return "center.field." + this.name;
	}

	/** How the text typed into a field converts to the configuration value. */
	public enum Kind {

		/** A single string. */
		TEXT,
		/** A whole number. */
		NUMBER,
		/** One of the field's options. */
		SELECT,
		/** A checkbox: true or false. */
		FLAG,
		/** Names with levels, typed {@code general=5, sales=3}. */
		LEVELS,
		/** A list of strings, separated by commas or new lines. */
		LIST,
		/** A password: never shown back, left unchanged when blank. */
		PASSWORD,
		/** Free YAML, e.g. an IVR flow's nodes. */
		YAML

	}

}
