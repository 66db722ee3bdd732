/**
 * Customers: a minimal record (name, company, phones, tags, notes, owner) with list,
 * search, create and edit pages, {@code /api/customers}, and matching by any phone number
 * for the agent desk's screen pop.
 */
package org.switchboard.server.customers;
