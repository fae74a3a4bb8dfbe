package org.ketaminetraining.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the versioned migrations in {@code db/migration} before anything else
 * touches the database. EclipseLink never creates or drops tables.
 */
@ApplicationScoped
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "jdbc/ketaminetraining")
    private DataSource dataSource;

    /** Applies pending migrations; fails the start-up if one fails, so the app never runs on a half schema. */
    public MigrateResult migrate() {
        MigrateResult result = configure(dataSource).migrate();
        // From the result, not flyway.info(): each info() reads the schema history and the migrations again, which
        // cost a noticeable part of a start on a busy machine.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion != null ? result.initialSchemaVersion : "none";
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migration(s) applied at this start)");
        return result;
    }

    /** The Flyway configuration shared by the server and the tests that run migrations outside it. */
    public static Flyway configure(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader finds a classpath folder only through a file in it: db/migration and
                // Flyway's default db/callback each hold an empty flyway.location for that reason.
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load();
    }
}
