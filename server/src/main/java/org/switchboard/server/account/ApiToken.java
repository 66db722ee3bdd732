package org.switchboard.server.account;

import java.time.Instant;

/**
 * A personal API token as listed to its owner; the secret itself is shown once, at
 * creation, and only its SHA-256 hash is stored.
 *
 * @param id token id (for revoking it)
 * @param name the owner's label for it
 * @param createdAt when it was created
 * @param lastUsedAt when it last authenticated a request, or {@code null}
 */
public record ApiToken(String id, String name, Instant createdAt, Instant lastUsedAt) {
}
