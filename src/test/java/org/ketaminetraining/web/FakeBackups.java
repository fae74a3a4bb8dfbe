package org.ketaminetraining.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ketaminetraining.platform.BackupService;

/** Records backups in memory. */
class FakeBackups implements BackupService {

    final List<Path> taken = new ArrayList<>();
    boolean supported = true;

    @Override
    public boolean isSupported() {
        return supported;
    }

    @Override
    public Path backupRoot() {
        return Path.of("/data/backups");
    }

    @Override
    public Path backupNow(String actor) {
        Path folder = backupRoot().resolve("20261127-10000" + taken.size());
        taken.add(0, folder);
        return folder;
    }

    @Override
    public List<Path> list() {
        return List.copyOf(taken);
    }
}
