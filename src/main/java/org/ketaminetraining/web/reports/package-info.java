/**
 * Managers' and administrators' pages: the completion report (filters, sort, paging, CSV) and the actions on one
 * person or certificate it offers (revoke, time extension, new attempts). What a caller may see and do is the
 * decision of {@link org.ketaminetraining.certification.service.ComplianceOversight}; these pages show it.
 */
package org.ketaminetraining.web.reports;
