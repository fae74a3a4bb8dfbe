package org.ketaminetraining.it.durability;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The database a crash run uses, as the server is told of it (bootstrap properties) and as the check opens it
 * afterwards (JDBC from the test JVM): embedded Derby in the run's own data folder, or the harness's own empty
 * PostgreSQL database (never {@code ketamine_test}, which other tests use).
 */
record CrashDatabase(String name, String jdbcUrl, String user, String password, Map<String, String> bootstrap) {

    /** Embedded Derby in {@code dataDir}/db, the layout db-derby.xml gives it. */
    static CrashDatabase derby(Path dataDir) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("KT_DATA_DIR", dataDir.toString());
        settings.put("KT_DB", "derby");
        return new CrashDatabase("Derby", "jdbc:derby:" + dataDir.resolve("db"), null, null, settings);
    }

    /** PostgreSQL at a JDBC URL such as jdbc:postgresql://127.0.0.1:55432/ketamine_crash. */
    static CrashDatabase postgresql(Path dataDir, String url, String user, String password) {
        URI address = URI.create(url.substring("jdbc:".length()));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("KT_DATA_DIR", dataDir.toString());
        settings.put("KT_DB", "postgresql");
        settings.put("KT_DB_HOST", address.getHost());
        settings.put("KT_DB_PORT", Integer.toString(address.getPort() < 0 ? 5432 : address.getPort()));
        settings.put("KT_DB_NAME", address.getPath().substring(1));
        settings.put("KT_DB_USER", user);
        settings.put("KT_DB_PASSWORD", password);
        return new CrashDatabase("PostgreSQL", url, user, password, settings);
    }

    Connection connect() throws SQLException {
        return user == null ? DriverManager.getConnection(jdbcUrl)
                : DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** Empties the database (and the data folder): every run starts from nothing, as a new installation does. */
    void reset() throws Exception {
        Path dataDir = Path.of(bootstrap.get("KT_DATA_DIR"));
        if (Files.exists(dataDir)) {
            try (Stream<Path> tree = Files.walk(dataDir)) {
                for (Path file : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(dataDir);
        if (user != null) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        }
    }

    /** Closes embedded Derby in this JVM, so the next server can open the folder. */
    void close() {
        if (user == null) {
            try {
                DriverManager.getConnection(jdbcUrl + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby reports a successful shutdown as an exception (SQLState 08006).
            }
        }
    }

    /** The persistence unit's JDBC settings for Java SE EclipseLink (as EntityRoundTripIT opens it). */
    Map<String, Object> jpaProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("jakarta.persistence.jdbc.url", jdbcUrl);
        if (user != null) {
            properties.put("jakarta.persistence.jdbc.user", user);
            properties.put("jakarta.persistence.jdbc.password", password);
        }
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("eclipselink.logging.level", "WARNING");
        return properties;
    }
}
