package org.ketaminetraining.compliance.service.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.ketaminetraining.compliance.reminder.ComposedMail;
import org.ketaminetraining.config.AppSettings;

/**
 * Sends one mail through the server's mail session ({@code mail/ketamineTraining} in server.xml: host, port, TLS,
 * user, password and sender come from the KT_SMTP_ variables, and the connection and read timeouts keep an
 * unreachable server from holding a run). Each mail is {@code multipart/alternative}: plain text first, then HTML.
 */
@ApplicationScoped
public class MailTransport {

    @Resource(lookup = "mail/ketamineTraining")
    private Session session;
    @Inject
    private AppSettings settings;

    /** @throws MessagingException when the server refuses or cannot be reached; the caller records the failure */
    public void send(String recipient, ComposedMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.mailFrom().orElseThrow(), true));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        try (Transport transport = session.getTransport("smtp")) {
            String user = session.getProperty("mail.smtp.user");
            PasswordAuthentication login = user == null || user.isBlank() ? null
                    : session.requestPasswordAuthentication(null, 0, "smtp", null, user);
            if (login == null) {
                transport.connect();
            } else {
                // The session's authenticator holds the password (KT_SMTP_PASSWORD); asking it keeps the password
                // out of the app's own settings.
                transport.connect(login.getUserName(), login.getPassword());
            }
            transport.sendMessage(message, message.getAllRecipients());
        }
    }
}
