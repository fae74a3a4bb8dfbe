package org.ketaminetraining.operations.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.ketaminetraining.startup.StartupSequence;

/** Ready once the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/ketaminetraining")
    private DataSource dataSource;
    @Inject
    private StartupSequence startup;

    @Override
    public HealthCheckResponse call() {
        boolean databaseAnswers;
        try (Connection connection = dataSource.getConnection()) {
            databaseAnswers = connection.isValid(2);
        } catch (SQLException e) {
            databaseAnswers = false;
        }
        return HealthCheckResponse.named("database")
                .status(databaseAnswers && startup.isReady())
                .withData("started", startup.isReady())
                .withData("databaseAnswers", databaseAnswers)
                .build();
    }
}
