package org.ketaminetraining.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;

/**
 * The settings the server hands the app. server-config/server.xml turns environment variables (KT_DATA_DIR,
 * KT_DB, KT_DEMO, KT_DEMO_PASSWORD, KT_TIME_ZONE, KT_PUBLIC_URL, KT_FONT_DIRS, KT_ALLOWED_ORIGINS, KT_DEFAULT_DEPARTMENT) into JNDI entries, so the server's variables stay the one
 * place where a setting and its default are defined.
 */
@ApplicationScoped
public class AppSettings {

    // Looked up by name, not injected with @Resource: Liberty binds no JNDI entry for an empty value (an unset
    // KT_ALLOWED_ORIGINS or KT_DEMO_PASSWORD), and a failed @Resource look-up silently left the fields after it
    // unset too, so that setting KT_ALLOWED_ORIGINS's neighbour KT_DEFAULT_DEPARTMENT had no effect.
    private String dataDir;
    private String database;
    private String demo;
    private String demoPassword;
    private String timeZone;
    private String publicUrl;
    private String fontDirs;
    private String allowedOrigins;
    private String defaultDepartment;

    @PostConstruct
    void read() {
        dataDir = entry("dataDir");
        database = entry("database");
        demo = entry("demo");
        demoPassword = entry("demoPassword");
        timeZone = entry("timeZone");
        publicUrl = entry("publicUrl");
        fontDirs = entry("fontDirs");
        allowedOrigins = entry("allowedOrigins");
        defaultDepartment = entry("defaultDepartment");
    }

    /** The JNDI entry {@code ketaminetraining/<name>} as text; empty when the server bound none (an empty value). */
    private static String entry(String name) {
        try {
            Object value = new InitialContext().lookup("ketaminetraining/" + name);
            // Object, not String: Liberty hands "true" over as a Boolean and digits as a number.
            return value == null ? "" : String.valueOf(value);
        } catch (NameNotFoundException unset) {
            return "";
        } catch (NamingException e) {
            throw new IllegalStateException("cannot read the setting ketaminetraining/" + name, e);
        }
    }

    /**
     * The address people reach the site at (KT_PUBLIC_URL), without a trailing slash: certificates print their
     * verification link under it, so it must be the public name, not whatever host a request came in on.
     */
    public java.net.URI publicUrl() {
        String url = publicUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        java.net.URI uri = java.net.URI.create(url.isEmpty() ? "http://localhost:9080" : url);
        if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalStateException("KT_PUBLIC_URL must be an absolute http(s) address, was " + url);
        }
        return uri;
    }

    /**
     * Where certificates look for fonts beyond the embedded DejaVu Sans (KT_FONT_DIRS): directories separated by
     * ':', each searched with its subdirectories; {@code /usr/share/fonts} when unset.
     */
    public List<Path> fontDirectories() {
        String dirs = fontDirs.strip();
        return Arrays.stream((dirs.isEmpty() ? "/usr/share/fonts" : dirs).split(":")).map(String::strip)
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir).toAbsolutePath().normalize()).toList();
    }

    /**
     * The origins besides the site's own that may post forms to it (KT_ALLOWED_ORIGINS), as written: origins
     * separated by commas or spaces, usually empty. Checked where it is used (SameOriginRule).
     */
    public String allowedOrigins() {
        return allowedOrigins;
    }

    /**
     * The code of the department a new trainee joins when whoever creates them chooses none (KT_DEFAULT_DEPARTMENT),
     * so that some manager sees them; empty when unset, and then a department must be chosen. The department must
     * exist: the services check that before using it.
     */
    public java.util.Optional<String> defaultDepartment() {
        String code = defaultDepartment.strip().toLowerCase(Locale.ROOT);
        return code.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(code);
    }

    /** Where the embedded database and the backups live. */
    public Path dataDirectory() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /**
     * Where the question bank files are read from: KT_QUESTIONS_DIR when set, otherwise the questions/ folder of
     * the checkout that built the server. The server runs in target/liberty/wlp/usr/servers/NAME (its working
     * directory), six levels below the checkout. Read from the environment rather than a server variable: a
     * default that depends on where the server was built does not belong in server.xml.
     */
    public Path questionsDirectory() {
        String configured = System.getenv("KT_QUESTIONS_DIR");
        if (configured == null || configured.isBlank()) {
            return Path.of("").toAbsolutePath().resolve("../../../../../../questions").normalize();
        }
        return Path.of(configured).toAbsolutePath().normalize();
    }

    /** {@code derby} or {@code postgresql}. */
    public String database() {
        String name = database;
        return name.isBlank() ? "derby" : name.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isDerby() {
        return "derby".equals(database());
    }

    public boolean demoMode() {
        return "true".equalsIgnoreCase(demo.strip());
    }

    /** The password all demo accounts share, or empty to generate one per account at each start. */
    public String demoPassword() {
        return demoPassword;
    }

    /** The organisation's time zone, for day boundaries and dates on pages. */
    public ZoneId zone() {
        String zone = timeZone;
        return ZoneId.of(zone.isBlank() ? "UTC" : zone.strip());
    }
}
