/** Tests of grading, one nested class per question type. */
package org.ketaminetraining.bank.grading;
