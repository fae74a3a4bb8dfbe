/** Tests of loading whole bank directories: the valid sample bank and one broken bank per validation rule. */
package org.ketaminetraining.bank;
