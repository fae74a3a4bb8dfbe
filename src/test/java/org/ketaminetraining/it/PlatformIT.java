package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.operations.BackupService;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.FirstRunService;

/** Migrations, settings through MicroProfile Config, first-run guard and online backup on the real server. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("platform-it.war", PlatformIT.class);
    }

    @Resource(lookup = "jdbc/ketaminetraining")
    private DataSource dataSource;
    @Inject
    private AppSettings settings;
    @Inject
    private FirstRunService firstRun;
    @Inject
    private BackupService backups;

    @Inject
    private Callers callers;

    @Test
    void migrationsRanAndCreatedEveryTable() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery(
                    "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                assertTrue(r.next(), "no migration recorded");
                assertTrue(r.getString(1).matches("\\d+"));
                assertTrue(r.getBoolean(2));
            }
            Set<String> tables = new HashSet<>();
            try (ResultSet r = c.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
                while (r.next()) {
                    tables.add(r.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            assertTrue(tables.containsAll(Set.of("account", "account_role", "department", "account_department",
                    "managed_department", "audit_event", "bank_import", "bank_module", "bank_question",
                    "question_revision",
                    "id_sequence")), "tables: " + tables);
        }
    }

    @Test
    void demoAccountsHaveUndeliverableAddressesSoTheirMailsWaitInTheOutbox() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT username, email FROM account WHERE username IN "
                        + "('trainee', 'educator', 'manager', 'admin') ORDER BY username")) {
            java.util.Map<String, String> emails = new java.util.TreeMap<>();
            while (r.next()) {
                emails.put(r.getString(1), r.getString(2));
            }
            assertEquals(java.util.Map.of("admin", "admin@demo.invalid", "educator", "educator@demo.invalid",
                    "manager", "manager@demo.invalid", "trainee", "trainee@demo.invalid"), emails);
        }
    }

    @Test
    void theDataDirectoryComesFromTheServerSettingsAndLiesOutsideTheBuildFolder() {
        Path dataDir = settings.dataDirectory();
        assertTrue(Files.isDirectory(dataDir.resolve("db")), dataDir + "/db should hold the Derby database");
        // The test server's bootstrap.properties sets KT_DATA_DIR to target/it-data (pom.xml).
        assertEquals("it-data", dataDir.getFileName().toString());
        assertTrue(settings.demoMode());
        // Without KT_QUESTIONS_DIR the bank comes from this checkout's questions/ folder, never the server folder.
        assertTrue(Files.isRegularFile(settings.questionsDirectory().resolve("curriculum.yaml")),
                settings.questionsDirectory() + " should hold the shipped bank");
        assertEquals("questions", settings.questionsDirectory().getFileName().toString());
    }

    @Test
    void settingsComeThroughMicroProfileConfigFromBootstrapPropertiesAndServerVariables() {
        // Set as a bootstrap property of the test server (pom.xml): a Java system property to MicroProfile Config.
        assertEquals(java.util.Optional.of("demo-ward"), settings.defaultDepartment());
        // Unset, so server.xml's defaultValue applies, http://localhost:${http.port}, with the test server's port.
        assertEquals(java.net.URI.create("http://localhost:" + System.getProperty("http.port")), settings.publicUrl());
        assertEquals(java.time.ZoneId.of("UTC"), settings.zone());
        assertTrue(settings.isDerby());
    }

    @Test
    void setupIsClosedOnceAnAdministratorExists() {
        assertFalse(firstRun.isSetupNeeded());
        ValidationException refusal = assertThrows(ValidationException.class, () -> firstRun
                .createFirstAdministrator("anything", "intruder", "Intruder", null,
                        "long enough password".toCharArray()));
        assertTrue(refusal.messagesByField().containsKey("token"));
    }

    @Test
    void anOnlineBackupCopiesTheDatabase() {
        Path folder = backups.backupNow(callers.admin());
        assertTrue(Files.isDirectory(folder.resolve("db")), "backup folder " + folder + " lacks db/");
        assertTrue(Files.isRegularFile(folder.resolve("db").resolve("service.properties")));
        assertEquals(folder, backups.list(callers.admin()).get(0));
    }
}
