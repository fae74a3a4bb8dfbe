package org.ketaminetraining.certification.service;

import java.util.List;
import java.util.Optional;
import org.ketaminetraining.people.service.SignedInUser;

/** A holder's certificates and their files. Each method is one transaction and reads only. */
public interface CertificateRegistry {

    /** The learner's certificates, newest first. */
    List<CertificateSummary> certificates(long accountId);

    /**
     * A certificate's files, for its holder (any of their own) or an administrator; empty for an unknown or revoked
     * certificate. Not for managers, not even of the holder's department: every file carries the assessment score
     * (the signed file, the PDF that embeds it, the badge's result), which managers never see; their completion
     * report shows the status, and /verify checks any certificate. Each file is made when it is asked for.
     *
     * @throws SecurityException when the caller is neither the holder nor an administrator
     */
    Optional<CertificateFiles> files(SignedInUser caller, String code);
}
