package org.ketaminetraining.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * GreenMail, a real SMTP server, in the test JVM (never deployed into the server): the test server's KT_SMTP_PORT
 * points at it (pom.xml, it.smtp.port).
 */
final class TestSmtpServer {

    private static GreenMail server;

    private TestSmtpServer() {
    }

    static synchronized void start(int port) {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            // The account the test server signs in with (KT_SMTP_USER and KT_SMTP_PASSWORD, pom.xml): a client that
            // sends a wrong password is refused (535), so every mail received went through the app's sign-in.
            String user = System.getProperty("kt.it.smtp.user");
            if (user != null) {
                server.withConfiguration(GreenMailConfiguration.aConfig().withUser(user,
                        System.getProperty("kt.it.smtp.password")));
            }
            server.start();
        }
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    static synchronized List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }
}
