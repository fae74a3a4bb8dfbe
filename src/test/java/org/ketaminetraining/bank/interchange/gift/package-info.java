/** Tests of GIFT import, export and round trips. */
package org.ketaminetraining.bank.interchange.gift;
