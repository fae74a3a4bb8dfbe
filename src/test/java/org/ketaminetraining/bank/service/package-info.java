/** Tests of the pure decisions inside the bank import service (no server, no database). */
package org.ketaminetraining.bank.service;
