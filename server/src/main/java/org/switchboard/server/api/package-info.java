/**
 * REST conventions shared by every {@code /api/**} controller: RFC 9457 problem details
 * for validation errors (400, one entry per bad field), missing things (404) and
 * duplicate keys (409), with messages in the caller's language; and the OpenAPI
 * document's security schemes.
 */
package org.switchboard.server.api;
