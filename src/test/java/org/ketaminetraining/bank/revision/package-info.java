/** Tests of the revision rules for re-importing a bank. */
package org.ketaminetraining.bank.revision;
