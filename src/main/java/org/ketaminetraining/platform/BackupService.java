package org.ketaminetraining.platform;

import java.nio.file.Path;
import java.util.List;

/** Backups of the database taken from inside the running app. */
public interface BackupService {

    /** Whether this installation's database can be backed up from the app (embedded Derby). */
    boolean isSupported();

    /** The folder that holds one sub-folder per backup. */
    Path backupRoot();

    /** Takes a backup now, records it in the audit trail, and returns its folder. */
    Path backupNow(String actor);

    /** The backups taken so far, newest first. */
    List<Path> list();
}
