package org.ketaminetraining.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went during a load run, from a Java Flight Recorder file ({@code .ci/load} with
 * {@code KT_LOAD_JFR=1} records one): the share of CPU samples whose stack holds each part of the stack (a sample
 * counts in every part it passes through, so the shares add up to more than 100%), then the methods most often on
 * top of the stack (self time) and the application's own methods most often anywhere in it.
 *
 * <p>{@code java -cp target/test-classes org.ketaminetraining.load.ProfileSummary target/load/study.jfr}
 */
public final class ProfileSummary {

    /** Parts of the stack, by the first matching class-name prefix of any frame; order decides the name shown. */
    private static final Map<String, List<String>> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("Wicket markup and rendering", List.of("org.apache.wicket.markup", "org.apache.wicket.Component",
                "org.apache.wicket.MarkupContainer", "org.apache.wicket.Page.", "org.apache.wicket.request.handler",
                "org.apache.wicket.core.request.handler.RenderPageRequestHandler"));
        PARTS.put("Wicket page store and serialization", List.of("org.apache.wicket.pageStore",
                "org.apache.wicket.serialize", "java.io.ObjectOutputStream", "java.io.ObjectInputStream"));
        PARTS.put("Wicket (all)", List.of("org.apache.wicket"));
        PARTS.put("Weld (CDI)", List.of("org.jboss.weld"));
        PARTS.put("EclipseLink", List.of("org.eclipse.persistence"));
        PARTS.put("Derby", List.of("org.apache.derby"));
        PARTS.put("JNDI", List.of("javax.naming", "com.ibm.ws.jndi"));
        PARTS.put("Markdown and sanitizing", List.of("org.commonmark", "org.owasp.html"));
        PARTS.put("Study service", List.of("org.ketaminetraining.study"));
        PARTS.put("Scheduling", List.of("org.ketaminetraining.scheduling"));
        PARTS.put("Sign-in (password hashing)", List.of("org.ketaminetraining.people.PasswordHasher"));
        PARTS.put("Application (all)", List.of("org.ketaminetraining"));
        PARTS.put("Liberty web container and transport", List.of("com.ibm.ws.webcontainer", "com.ibm.ws.http",
                "com.ibm.ws.tcpchannel", "com.ibm.ws.channelfw"));
        PARTS.put("Liberty transactions", List.of("com.ibm.tx", "com.ibm.ws.tx"));
        PARTS.put("Liberty connection pool", List.of("com.ibm.ws.rsadapter", "com.ibm.ejs.j2c", "com.ibm.ws.jca"));
    }

    private ProfileSummary() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> parts = new LinkedHashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> hit = new LinkedHashSet<>();
            Set<String> ourMethods = new LinkedHashSet<>();
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                PARTS.forEach((part, prefixes) -> {
                    if (prefixes.stream().anyMatch(type::startsWith)) {
                        hit.add(part);
                    }
                });
                if (type.startsWith("org.ketaminetraining")) {
                    ourMethods.add(name(frame));
                }
            }
            hit.forEach(part -> parts.merge(part, 1, Integer::sum));
            ourMethods.forEach(m -> ours.merge(m, 1, Integer::sum));
        }
        int total = samples;
        System.out.printf("%d CPU samples%n%nShare of samples whose stack holds each part:%n", total);
        parts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
        System.out.printf("%nTop of the stack (self):%n");
        top(self, total, 25);
        System.out.printf("%nThe application's methods anywhere in the stack:%n");
        top(ours, total, 30);
    }

    private static void top(Map<String, Integer> counts, int total, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
