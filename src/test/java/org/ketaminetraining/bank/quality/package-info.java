/** The quality gate over the shipped bank in questions/, and tests of the measures it uses. */
package org.ketaminetraining.bank.quality;
