package org.ketaminetraining.operations;

import java.nio.file.Path;
import java.util.List;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * Backups of the database taken from inside the running app, by administrators: the methods that take a caller
 * check it and throw {@link org.ketaminetraining.people.service.AccessDeniedException} otherwise.
 */
public interface BackupService {

    /** Whether this installation's database can be backed up from the app (embedded Derby). */
    boolean isSupported();

    /** The folder that holds one sub-folder per backup. */
    Path backupRoot(SignedInUser caller);

    /** Takes a backup now, records it in the audit trail, and returns its folder. */
    Path backupNow(SignedInUser caller);

    /** The backups taken so far, newest first. */
    List<Path> list(SignedInUser caller);
}
