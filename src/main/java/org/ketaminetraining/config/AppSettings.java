package org.ketaminetraining.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The installation's settings, read once through MicroProfile Config: an environment variable of the same name
 * (KT_DATA_DIR...), a Java system property (the server's bootstrap.properties, as the integration-test server
 * uses), or the {@code <variable>} of server-config/server.xml, whose {@code defaultValue}s are the defaults. A
 * value that makes no sense stops the start with a message naming the variable (see {@link Settings}).
 */
@ApplicationScoped
public class AppSettings {

    private Settings values;

    /** For CDI's proxy only. */
    protected AppSettings() {
    }

    @Inject
    AppSettings(Config config) {
        this(Settings.read(name -> config.getOptionalValue(name, String.class), Path.of("")));
    }

    AppSettings(Settings values) {
        this.values = values;
    }

    /**
     * The address people reach the site at (KT_PUBLIC_URL), without a trailing slash: certificates print their
     * verification link under it, so it must be the public name, not whatever host a request came in on.
     */
    public URI publicUrl() {
        return values.publicUrl();
    }

    /**
     * Where certificates look for fonts beyond the embedded DejaVu Sans (KT_FONT_DIRS): directories separated by
     * ':', each searched with its subdirectories; {@code /usr/share/fonts} when unset.
     */
    public List<Path> fontDirectories() {
        return values.fontDirectories();
    }

    /**
     * The origins besides the site's own that may post forms to it (KT_ALLOWED_ORIGINS), as written: origins
     * separated by commas or spaces, usually empty. Checked where it is used (SameOriginRule).
     */
    public String allowedOrigins() {
        return values.allowedOrigins();
    }

    /**
     * The code of the department a new trainee joins when whoever creates them chooses none (KT_DEFAULT_DEPARTMENT),
     * so that some manager sees them; empty when unset, and then a department must be chosen. The department must
     * exist: the services check that before using it.
     */
    public Optional<String> defaultDepartment() {
        return values.defaultDepartment();
    }

    /** Where the embedded database and the backups live (KT_DATA_DIR). */
    public Path dataDirectory() {
        return values.dataDirectory();
    }

    /**
     * Where the question bank files are read from (KT_QUESTIONS_DIR); by default the questions/ folder of the
     * checkout that built the server.
     */
    public Path questionsDirectory() {
        return values.questionsDirectory();
    }

    /** {@code derby} or {@code postgresql} (KT_DB). */
    public String database() {
        return values.database();
    }

    public boolean isDerby() {
        return "derby".equals(database());
    }

    /** Demo mode (KT_DEMO). */
    public boolean demoMode() {
        return values.demoMode();
    }

    /** The password all demo accounts share (KT_DEMO_PASSWORD), or empty to generate one per account at each start. */
    public String demoPassword() {
        return values.demoPassword();
    }

    /**
     * The fewest responses (final-assessment answers, or reviews) an item needs before item analysis shows a figure
     * for it (KT_ITEM_MINIMUM_RESPONSES, default 20): below that, facility and discrimination are mostly noise.
     */
    public int itemMinimumResponses() {
        return values.itemMinimumResponses();
    }

    /**
     * How many simulated learners' histories demo mode seeds once into the main programme
     * (KT_DEMO_SIMULATED_LEARNERS, default 200, 0 for none), so item analysis and calibration show something.
     */
    public int demoSimulatedLearners() {
        return values.demoSimulatedLearners();
    }

    /** The organisation's time zone (KT_TIME_ZONE), for day boundaries and dates on pages. */
    public ZoneId zone() {
        return values.zone();
    }

    /** Whether reminder mails are sent by SMTP (KT_SMTP_HOST set); otherwise they wait in the outbox. */
    public boolean mailConfigured() {
        return values.smtp().isPresent();
    }

    /** The sender address of reminder mails (KT_SMTP_FROM); empty when mail is not configured. */
    public Optional<String> mailFrom() {
        return values.smtp().map(Settings.Smtp::from);
    }
}
