/**
 * The stored form of people: accounts, departments and the audit trail of what administrators did. JPA entities
 * mapped onto the tables that the Flyway migrations create; no logic beyond keeping their own invariants.
 */
package org.ketaminetraining.people.model;
