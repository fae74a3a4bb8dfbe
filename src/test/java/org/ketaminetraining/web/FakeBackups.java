package org.ketaminetraining.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ketaminetraining.operations.BackupService;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.SignedInUser;

/** Records backups in memory. */
class FakeBackups implements BackupService {

    final List<Path> taken = new ArrayList<>();
    boolean supported = true;

    @Override
    public boolean isSupported() {
        return supported;
    }

    @Override
    public Path backupRoot(SignedInUser caller) {
        FakeAccess.require(caller, Role.ADMIN);
        return Path.of("/data/backups");
    }

    @Override
    public Path backupNow(SignedInUser caller) {
        Path folder = backupRoot(caller).resolve("20261127-10000" + taken.size());
        taken.add(0, folder);
        return folder;
    }

    @Override
    public List<Path> list(SignedInUser caller) {
        FakeAccess.require(caller, Role.ADMIN);
        return List.copyOf(taken);
    }
}
