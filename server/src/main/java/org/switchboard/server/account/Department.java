package org.switchboard.server.account;

/**
 * A department in the organisation tree.
 *
 * @param id globally unique id
 * @param code short stable key, unique (used by configuration import/export)
 * @param name display name
 * @param parentCode code of the parent department, {@code null} for a root
 */
public record Department(String id, String code, String name, String parentCode) {
}
