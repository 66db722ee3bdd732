/**
 * Accounts and organisation: users (login by job number), the department tree, roles and
 * their permissions, password policy and hashing, login lock-out, personal API tokens and
 * the first administrator. {@link org.switchboard.server.account.AccountService} is the
 * entry point for other packages; everything else is package-private.
 */
package org.switchboard.server.account;
