/** Tests of problem formatting and the checks that span files. */
package org.ketaminetraining.bank.validation;
