/**
 * Certificates on the web: the public verification page and the published key (no sign-in; the JSON API is
 * {@code org.ketaminetraining.api}); a learner's own certificates and their downloads; and, for managers and
 * administrators, the completion report with its CSV export, revocation and time extensions. Every page is thin: it reads its parameters, calls
 * {@link org.ketaminetraining.certification.service.CertificationService}, and renders what comes back; the
 * service checks who may do what, the pages only show the right door.
 */
package org.ketaminetraining.web.certificate;
