package org.ketaminetraining.compliance.reminder;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes reminder and digest mails, each as plain text and as HTML saying the same. Every value that came from a
 * person or a file (names, programme titles) is escaped in the HTML part and kept on one line in the subject. Dates
 * are the organisation's calendar dates, and the mail says which zone that is, since a reader abroad would
 * otherwise take "due on 7 January" in their own.
 */
public final class MailComposer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private final ZoneId zone;

    public MailComposer(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * @param personPage  where the person sees their training (their dashboard)
     * @param unsubscribe the person's unsubscribe page, given for optional mails only
     */
    public ComposedMail reminder(OwedReminder reminder, String personName, String programmeTitle, LocalDate today,
            URI personPage, Optional<URI> unsubscribe) {
        if (reminder.optional() && unsubscribe.isEmpty()) {
            throw new IllegalArgumentException("an optional mail needs its unsubscribe link");
        }
        String title = oneLine(programmeTitle);
        LocalDate date = reminder.occasion();
        long days = ChronoUnit.DAYS.between(today, date);
        String subject;
        String sentence;
        switch (reminder.kind()) {
            case DUE_SOON -> {
                subject = "Due " + inDays(days) + ": " + title;
                sentence = "Your training \u201c" + title + "\u201d is due on " + format(date) + " (" + inDays(days)
                        + "). Complete it and pass its assessment by then.";
            }
            case OVERDUE -> {
                subject = "Overdue: " + title;
                sentence = "Your training \u201c" + title + "\u201d was due on " + format(date)
                        + " and is overdue. Please complete it as soon as you can.";
            }
            case EXPIRING -> {
                LocalDate validThrough = date.minusDays(1);
                subject = "Your certificate expires " + inDays(days) + ": " + title;
                sentence = "Your certificate for \u201c" + title + "\u201d is valid through " + format(validThrough)
                        + ". Take the renewal assessment before then to stay certified.";
            }
            case REFRESHER_DUE -> {
                subject = "Time for a refresher: " + title;
                sentence = "Your recall of the safety-critical questions of \u201c" + title
                        + "\u201d is fading. A short study session brings them back.";
            }
            default -> throw new IllegalArgumentException("not a reminder: " + reminder.kind());
        }
        String greeting = "Hello " + oneLine(personName) + ",";
        String link = "Open your training: " + personPage;
        StringBuilder text = new StringBuilder().append(greeting).append("\n\n").append(sentence).append("\n\n")
                .append(link).append("\n\n").append(zoneNote());
        StringBuilder html = new StringBuilder(htmlStart(subject)).append("<p>").append(escape(greeting))
                .append("</p>\n<p>").append(escape(sentence)).append("</p>\n<p><a href=\"")
                .append(escape(personPage.toString())).append("\">Open your training</a></p>\n<p>")
                .append(escape(zoneNote())).append("</p>\n");
        footer(reminder.kind(), unsubscribe, text, html);
        return new ComposedMail(subject, text.toString(), html.append("</body></html>\n").toString());
    }

    /**
     * @param reportLink the completion report, where each department's people are listed
     */
    public ComposedMail digest(String managerName, LocalDate today, List<ManagerDigest.Department> departments,
            URI reportLink, URI unsubscribe) {
        String subject = "Weekly training digest, week of " + format(ReminderRules.weekOf(today));
        String greeting = "Hello " + oneLine(managerName) + ",";
        String intro = "Training in the departments you manage, as of " + format(today) + ":";
        StringBuilder text = new StringBuilder().append(greeting).append("\n\n").append(intro).append("\n");
        StringBuilder html = new StringBuilder(htmlStart(subject)).append("<p>").append(escape(greeting))
                .append("</p>\n<p>").append(escape(intro)).append("</p>\n");
        for (ManagerDigest.Department department : departments) {
            String heading = oneLine(department.name());
            text.append("\n").append(heading).append("\n").append("=".repeat(Math.min(heading.length(), 60)))
                    .append("\n");
            html.append("<h2>").append(escape(heading)).append("</h2>\n");
            if (department.isQuiet()) {
                text.append("Nothing to report.\n");
                html.append("<p>Nothing to report.</p>\n");
                continue;
            }
            section("Certified in the last " + ManagerDigest.COMPLETED_DAYS + " days", "certified on",
                    department.completed(), text, html);
            section("Due in the next " + ManagerDigest.WINDOW_DAYS + " days", "due on", department.dueSoon(), text,
                    html);
            section("Overdue", "was due on", department.overdue(), text, html);
            section("Certificates expiring in the next " + ManagerDigest.WINDOW_DAYS + " days", "expires on",
                    department.expiring(), text, html);
        }
        text.append("\nThe completion report: ").append(reportLink).append("\n\n").append(zoneNote());
        html.append("<p><a href=\"").append(escape(reportLink.toString())).append("\">Open the completion report</a>")
                .append("</p>\n<p>").append(escape(zoneNote())).append("</p>\n");
        footer(ReminderKind.DIGEST, Optional.of(unsubscribe), text, html);
        return new ComposedMail(subject, text.toString(), html.append("</body></html>\n").toString());
    }

    private void section(String heading, String datePhrase, ManagerDigest.Section section, StringBuilder text,
            StringBuilder html) {
        String counted = heading + " (" + section.total() + ")";
        text.append("\n").append(counted).append(":\n");
        html.append("<h3>").append(escape(counted)).append("</h3>\n");
        if (section.isEmpty()) {
            text.append("  none\n");
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<ul>\n");
        for (ManagerDigest.Line line : section.lines()) {
            String item = oneLine(line.personName()) + ", " + oneLine(line.programmeTitle()) + ", " + datePhrase
                    + " " + format(line.date());
            text.append("  - ").append(item).append("\n");
            html.append("<li>").append(escape(item)).append("</li>\n");
        }
        html.append("</ul>\n");
        int more = section.total() - section.lines().size();
        if (more > 0) {
            text.append("  and ").append(more).append(" more in the completion report\n");
            html.append("<p>And ").append(more).append(" more in the completion report.</p>\n");
        }
    }

    private static void footer(ReminderKind kind, Optional<URI> unsubscribe, StringBuilder text, StringBuilder html) {
        if (kind.optional()) {
            URI link = unsubscribe.orElseThrow();
            text.append("\n\n-- \nYou can turn off these optional mails: ").append(link).append("\n");
            html.append("<hr>\n<p>You can <a href=\"").append(escape(link.toString()))
                    .append("\">turn off these optional mails</a>.</p>\n");
        } else {
            text.append("\n\n-- \nThis notice concerns training your organisation requires; it cannot be turned "
                    + "off.\n");
            html.append("<hr>\n<p>This notice concerns training your organisation requires; it cannot be turned "
                    + "off.</p>\n");
        }
    }

    private String zoneNote() {
        return "Dates are in the organisation's time zone (" + zone.getId() + ").";
    }

    private static String htmlStart(String subject) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(subject)
                + "</title></head><body>\n";
    }

    private static String format(LocalDate date) {
        return DATE.format(date);
    }

    private static String inDays(long days) {
        if (days == 0) {
            return "today";
        }
        return days == 1 ? "tomorrow" : "in " + days + " days";
    }

    /** Line breaks and other control characters become spaces: a subject or a greeting is one line. */
    static String oneLine(String value) {
        return value.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .strip();
    }

    /**
     * HTML text and attribute escaping. Written here rather than taken from a library because the five characters
     * are the whole of it for text we place between tags and inside double-quoted attributes.
     */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
