package org.ketaminetraining.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * Online backups of the embedded Derby database while the app keeps serving: Derby copies a consistent image of
 * the database into KT_DATA_DIR/backups/&lt;UTC time&gt;/db. On PostgreSQL use pg_dump instead (see README).
 */
@ApplicationScoped
public class DerbyBackupService implements BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    @Resource(lookup = "jdbc/ketaminetraining")
    private DataSource dataSource;
    @Inject
    private AppSettings settings;
    @Inject
    private AuditTrail audit;
    @Inject
    private AccessControl access;
    @Inject
    private Clock clock;

    /** Whether this installation's database can be backed up from the app. */
    @Override
    public boolean isSupported() {
        return settings.isDerby();
    }

    @Override
    public Path backupRoot(SignedInUser caller) {
        access.require(caller, Role.ADMIN);
        return backupRoot();
    }

    private Path backupRoot() {
        return settings.dataDirectory().resolve("backups");
    }

    /** Takes a backup now and returns the folder it is in. */
    @Transactional
    @Override
    public Path backupNow(SignedInUser caller) {
        String actor = access.require(caller, Role.ADMIN).username();
        if (!isSupported()) {
            throw new IllegalStateException("Online backup from the app is for the embedded Derby database; "
                    + "back up PostgreSQL with pg_dump.");
        }
        Path target = backupRoot().resolve(STAMP.format(clock.instant()));
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup folder " + target, e);
        }
        try (Connection connection = dataSource.getConnection();
                CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, target.toString());
            call.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("The backup into " + target + " failed: " + e.getMessage(), e);
        }
        audit.record(actor, "backup.create", target.getFileName().toString(), target.toString());
        return target;
    }

    /** The backups taken so far, newest first. */
    @Override
    public List<Path> list(SignedInUser caller) {
        access.require(caller, Role.ADMIN);
        Path root = backupRoot();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }
}
