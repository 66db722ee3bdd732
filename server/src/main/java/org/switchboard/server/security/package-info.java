/**
 * Who may do what: the security filter chain (form login for people, HTTP Basic and
 * personal API tokens for scripts), URL rules by permission, RFC 9457 problem responses
 * for 401/403 on {@code /api/**}, and the forced password change at first login.
 */
package org.switchboard.server.security;
