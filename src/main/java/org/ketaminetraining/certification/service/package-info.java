/**
 * Certification use cases as transactions: a learner's standing in each programme, the final and renewal
 * assessments (answers saved as given, graded once on submit), issuing, verifying and revoking certificates, and the
 * completion report for managers and administrators. Every call that concerns a person checks the caller's role
 * and departments here, not only in the page.
 */
package org.ketaminetraining.certification.service;
