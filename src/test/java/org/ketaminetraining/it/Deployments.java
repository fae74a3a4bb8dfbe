package org.ketaminetraining.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test archives made from the WAR that {@code mvn package} built, so the tests exercise exactly what ships,
 * not a hand-picked list of classes. The Wicket filter is left out (web.xml removed): these archives test
 * services, and the real app on the same server serves the pages.
 */
final class Deployments {

    private Deployments() {
    }

    static WebArchive appWith(String name, Class<?>... testClasses) {
        File war = new File("target/ketamine-training.war");
        if (!war.isFile()) {
            throw new IllegalStateException(war.getAbsolutePath() + " is missing; run the tests with mvn verify");
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, name).importFrom(war).as(WebArchive.class);
        archive.delete("/WEB-INF/web.xml");
        archive.addClasses(testClasses);
        archive.addClasses(Deployments.class, Callers.class);
        return archive;
    }
}
