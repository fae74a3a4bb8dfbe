package org.ketaminetraining.certification.service;

import java.time.LocalDate;
import java.util.Optional;
import org.ketaminetraining.certification.rules.CertificateStatus;

/**
 * A certificate as listed to its holder or a manager.
 *
 * @param code          the verification code in its grouped display form
 * @param validThrough  the last day it is valid (the day before it expires)
 * @param refresherDue  true when the holder's predicted recall of the programme's safety-critical items is below
 *                      the programme's threshold
 * @param renewalOpen   true when the renewal window has opened and the renewal assessment can be taken
 */
public record CertificateSummary(String code, String programmeId, String programmeTitle, LocalDate issuedOn,
        LocalDate expiresOn, LocalDate validThrough, CertificateStatus status, boolean refresherDue,
        boolean renewalOpen, Optional<String> revocationReason) {
}
