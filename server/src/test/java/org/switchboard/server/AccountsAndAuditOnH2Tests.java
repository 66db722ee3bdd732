package org.switchboard.server;

/** The accounts and audit scenario on the embedded H2 database. */
class AccountsAndAuditOnH2Tests extends AccountsAndAuditScenario {

}
