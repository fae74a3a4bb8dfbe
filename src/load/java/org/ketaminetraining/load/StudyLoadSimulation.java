package org.ketaminetraining.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Trainees sign in and study with think time, managers read their dashboard and completion report, a burst of
 * public verifications, and a shift change: {@code kt.load.storm} more trainees sign in within a minute while the
 * others study. Every figure is a system property (see {@code .ci/load}, which starts the server, makes the
 * accounts and runs this).
 *
 * <p>The round trip the goal is about is the group "answer": the answer's Ajax submit and the next
 * question (the GET of /study, its redirect to the page's version and that page), as a browser performs them after
 * the trainee presses Submit and then Next. Think time is spent before each answer (reading the question), uniform
 * between 5 and 15 s. Each simulated person comes from their own address ({@code X-Forwarded-For}, trusted by the
 * benchmark's server only), so per-address limits count each person as in a hospital, not the generator as one.
 */
public class StudyLoadSimulation extends Simulation {

    private static final String BASE = System.getProperty("kt.load.base", "http://localhost:9380");
    private static final String PASSWORD = System.getProperty("kt.load.password", "load-trainee-password");
    private static final String MANAGER_PASSWORD = System.getProperty("kt.load.manager.password", "");
    private static final int TRAINEES = Integer.getInteger("kt.load.trainees", 2000);
    private static final int RAMP = Integer.getInteger("kt.load.ramp", 300);
    private static final int STEADY = Integer.getInteger("kt.load.steady", 300);
    private static final int STORM = Integer.getInteger("kt.load.storm", 500);
    private static final int MANAGERS = Integer.getInteger("kt.load.managers", 10);
    private static final int VERIFICATIONS = Integer.getInteger("kt.load.verifications", 300);
    private static final long SERVER_PID = Long.getLong("kt.load.server.pid", 0);
    private static final Path OUT = Path.of(System.getProperty("kt.load.out", "target/load"));

    /** When the storm starts and the burst of verifications, in seconds after the start. */
    private static final int STORM_AT = RAMP + STEADY / 3;
    private static final int BURST_AT = RAMP + 2 * STEADY / 3;
    private static final int END = RAMP + STEADY;

    static final AtomicLong ANSWERS = new AtomicLong();
    private static volatile long startNanos = System.nanoTime();
    private static ServerSampler sampler;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).header("Sec-Fetch-Site", "same-origin")
            .header("X-Forwarded-For", "#{address}").acceptHeader("text/html,*/*").disableCaching()
            .warmUp(BASE + "/health/ready").shareConnections();

    private static Iterator<Map<String, Object>> accounts(int from, int count) {
        return IntStream.rangeClosed(from, from + count - 1).mapToObj(i -> Map.<String, Object>of("username",
                LoadAccounts.username(i))).iterator();
    }

    private static Session withAddress(Session session) {
        int n = ADDRESSES.incrementAndGet();
        return session.set("address", "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
    }

    private static boolean running() {
        return System.nanoTime() - startNanos < Duration.ofSeconds(END).toNanos();
    }

    private static ChainBuilder signIn(String username, String password) {
        return exec(StudyLoadSimulation::withAddress)
                .exec(http("sign-in page").get("/login")
                        .check(regex("<form[^>]*action=\"\\./(login\\?[^\"]*)\"").saveAs("signInAction")))
                .exec(http("sign in").post(s -> "/" + s.getString("signInAction").replace("&amp;", "&"))
                        .header("Origin", BASE).formParam("username", username).formParam("password", password)
                        .check(status().is(200), currentLocationRegex(".*/login.*").notExists()));
    }

    /** Reads the question on the page in "page": the next answer's address and body, or that there is none. */
    private static Session readQuestion(Session session) {
        return StudyForm.of(session.getString("page"))
                .map(form -> session.set("form", Map.<String, Object>copyOf(form.fields())).set("submitUrl", form.submitUrl())
                        .set("ajaxBase", form.baseUrl()).set("hasQuestion", true))
                .orElseGet(() -> session.set("hasQuestion", false));
    }

    private static final ChainBuilder STUDY = exec(http("study page").get("/study")
            .check(bodyString().saveAs("page"))).asLongAs(s -> running()).on(
                    exec(Session::markAsSucceeded).exec(StudyLoadSimulation::readQuestion)
                            .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
                            .doIfOrElse("#{hasQuestion}").then(group("answer").on(
                                    exec(http("submit answer").post("#{submitUrl}").header("Origin", BASE)
                                            .header("Wicket-Ajax", "true").header("Wicket-Ajax-BaseURL", "#{ajaxBase}")
                                            .header("X-Requested-With", "XMLHttpRequest")
                                            .header("Sec-Fetch-Mode", "cors").header("Sec-Fetch-Dest", "empty")
                                            .formParamMap(s -> s.<Map<String, Object>>get("form")).check(substring("id=\"feedback-result\"")))
                                            .exec(s -> {
                                                if (!s.isFailed()) {
                                                    ANSWERS.incrementAndGet();
                                                }
                                                return s;
                                            })
                                            .exec(http("next question").get("/study")
                                                    .check(bodyString().saveAs("page")))))
                            .orElse(exec(http("study page, nothing due").get("/study")
                                    .check(bodyString().saveAs("page")))));

    private static ScenarioBuilder trainees(String name, int from, int count) {
        return scenario(name).feed(accounts(from, count)).exec(signIn("#{username}", PASSWORD)).exec(STUDY);
    }

    private static final ScenarioBuilder MANAGERS_READING = scenario("managers")
            .exec(signIn("manager", MANAGER_PASSWORD))
            .asLongAs(s -> running()).on(exec(http("manager dashboard").get("/manager").check(status().is(200)))
                    .pause(Duration.ofSeconds(15), Duration.ofSeconds(45))
                    .exec(http("completion report").get("/reports/completion").check(status().is(200)))
                    .pause(Duration.ofSeconds(15), Duration.ofSeconds(45)));

    private static final ScenarioBuilder VERIFYING = scenario("public verification")
            .exec(StudyLoadSimulation::withAddress)
            .exec(s -> s.set("code", "KT-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)))
            .exec(http("verify page").get("/verify/#{code}").check(status().in(200, 404)))
            .exec(http("verify API").get("/api/v1/certificates/#{code}").check(status().in(200, 404)));

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(trainees("trainees", 1, TRAINEES).injectOpen(rampUsers(TRAINEES).during(RAMP)));
        if (STORM > 0) {
            populations.add(trainees("shift change", TRAINEES + 1, STORM).injectOpen(nothingFor(STORM_AT),
                    rampUsers(STORM).during(60)));
        }
        if (MANAGERS > 0 && !MANAGER_PASSWORD.isEmpty()) {
            populations.add(MANAGERS_READING.injectOpen(nothingFor(RAMP), rampUsers(MANAGERS).during(30)));
        }
        if (VERIFICATIONS > 0) {
            populations.add(VERIFYING.injectOpen(new OpenInjectionStep[]{nothingFor(BURST_AT),
                    rampUsers(VERIFICATIONS).during(10)}));
        }
        setUp(populations).protocols(protocol).maxDuration(Duration.ofSeconds(END + 120))
                .assertions(global().failedRequests().count().is(0L),
                        details("answer").responseTime().percentile(95.0).lt(100),
                        details("answer").responseTime().percentile(99.0).lt(250));
    }

    @Override
    public void before() {
        startNanos = System.nanoTime();
        if (SERVER_PID > 0) {
            try {
                Files.createDirectories(OUT);
                sampler = new ServerSampler(SERVER_PID, ANSWERS, OUT.resolve("server-samples.csv"), 5_000,
                        Double.parseDouble(System.getProperty("kt.load.clock.ticks", "100")));
                Thread thread = new Thread(sampler, "server sampler");
                thread.setDaemon(true);
                thread.start();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot write to " + OUT, e);
            }
        }
    }

    @Override
    public void after() {
        System.out.println("Answers acknowledged: " + ANSWERS.get());
        if (sampler != null) {
            sampler.stop();
            System.out.println("Studying only (after sign-ins, before the storm): "
                    + sampler.cpuPerAnswer(RAMP + 10, STORM > 0 ? STORM_AT : END));
            System.out.println("During the sign-in storm: " + sampler.cpuPerAnswer(STORM_AT, STORM_AT + 60));
            System.out.println("Whole run: " + sampler.cpuPerAnswer(0, END + 120));
        }
    }

}
