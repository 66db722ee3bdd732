package org.switchboard.server.account;

/**
 * A freshly created API token with its secret, which is shown this one time only.
 *
 * @param token the stored token
 * @param secret the value to send as {@code Authorization: Bearer <secret>}
 */
public record NewApiToken(ApiToken token, String secret) {
}
