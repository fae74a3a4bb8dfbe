package org.ketaminetraining.web.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.wicket.request.Url;
import org.apache.wicket.request.resource.UrlResourceReference;

/**
 * Bootstrap 5 from its webjar, which the servlet container serves from the jar's META-INF/resources. The
 * version is read from the webjar itself, so upgrading the dependency in the pom is the only change needed.
 */
final class BootstrapResources {

    static final String VERSION = readVersion();
    static final UrlResourceReference CSS = new UrlResourceReference(
            Url.parse("webjars/bootstrap/" + VERSION + "/css/bootstrap.min.css")).setContextRelative(true);

    private BootstrapResources() {
    }

    private static String readVersion() {
        String path = "/META-INF/maven/org.webjars/bootstrap/pom.properties";
        try (InputStream in = BootstrapResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The Bootstrap webjar is missing from the classpath (" + path + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
