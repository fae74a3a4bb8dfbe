/** Tests of Moodle XML import, export, round trips and XXE safety. */
package org.ketaminetraining.bank.interchange.moodlexml;
