/** Tests of the shared interchange helpers. */
package org.ketaminetraining.bank.interchange;
