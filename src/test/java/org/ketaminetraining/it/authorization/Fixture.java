package org.ketaminetraining.it.authorization;

import java.io.IOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data the routes' parameters name, made over HTTP as an administrator would make it, and one signed-in
 * visitor per identity: a department of its own (the "other" department) with a manager and a trainee, and a
 * trainee in the demo ward (the demo manager's, the "own" department).
 */
final class Fixture {

    static final String OWN_DEPARTMENT = "demo-ward";
    static final String OWN_DEPARTMENT_NAME = "Demo ward";
    /** The programme demo mode's simulated learners studied, so its item analysis has figures. */
    static final String PROGRAMME = "ketamine-clinical-safety";
    static final String ITEM = "mech-001";
    /** Demo mode's short programme, which every trainee of the demo ward is in. */
    static final String DEMO_PROGRAMME = "demo-ketamine-essentials";

    private static final Pattern TEMPORARY = Pattern.compile("shown only now, is (\\S+) \\.");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[?&]id=(\\d+)");
    private static final Pattern KEY_ID = Pattern.compile("\"kid\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern WEBJAR = Pattern.compile("href=\"[./]*(webjars/[^\"]+)\"");

    final String otherDepartment;
    final long ownTrainee;
    final long otherTrainee;
    final String ownTraineeName;
    final String otherTraineeName;
    final String webjar;
    final String keyId;
    final Map<Identity, Visitor> visitors = new EnumMap<>(Identity.class);

    Fixture(URI base, String password) throws IOException, InterruptedException {
        String run = Long.toString(System.nanoTime(), 36);
        Visitor admin = visitor(base, Identity.ADMIN);
        admin.signIn("admin", password);
        otherDepartment = "matrix-other-" + run;
        String otherName = "Matrix ward " + run;
        Visitor.Answer added = admin.submit(admin.get("admin/departments"), "form", Map.of("code", otherDepartment,
                "*name", otherName));
        check(added.body().contains("The department is added."), "the other department", added);

        ownTraineeName = "Matrix own " + letters(run);
        otherTraineeName = "Matrix other " + letters(run);
        ownTrainee = accountId(create(admin, "matrix-own-" + run, ownTraineeName, "TRAINEE", "departments",
                OWN_DEPARTMENT, OWN_DEPARTMENT_NAME));
        otherTrainee = accountId(create(admin, "matrix-other-" + run, otherTraineeName, "TRAINEE", "departments",
                otherDepartment, otherName));
        Visitor.Answer manager = create(admin, "matrix-manager-" + run, "Matrix manager " + letters(run), "MANAGER",
                "managedDepartments", otherDepartment, otherName);
        Matcher temporary = TEMPORARY.matcher(manager.body());
        check(temporary.find(), "a temporary password for the other manager", manager);

        Visitor signedOut = visitor(base, Identity.SIGNED_OUT);
        for (Identity identity : new Identity[]{Identity.TRAINEE, Identity.EDUCATOR, Identity.OWN_MANAGER}) {
            visitor(base, identity).signIn(identity.role().orElseThrow().name().toLowerCase(java.util.Locale.ROOT),
                    password);
        }
        Visitor other = visitor(base, Identity.OTHER_MANAGER);
        Visitor.Answer mustChange = other.signIn("matrix-manager-" + run, temporary.group(1));
        String chosen = "Matrix-" + run + "-chosen-password";
        Visitor.Answer changed = other.submit(mustChange, "form", Map.of("*currentPassword", temporary.group(1),
                "*newPassword", chosen, "*confirm", chosen));
        check(!changed.uri().getPath().startsWith("/account/password"), "the other manager's new password",
                changed);

        Matcher stylesheet = WEBJAR.matcher(signedOut.get("login").body());
        check(stylesheet.find(), "a webjar the pages link to", null);
        webjar = stylesheet.group(1);
        Matcher key = KEY_ID.matcher(signedOut.get(".well-known/jwks.json").body());
        check(key.find(), "the signing key's id", null);
        keyId = key.group(1).substring(key.group(1).lastIndexOf('/') + 1);
    }

    private Visitor visitor(URI base, Identity identity) {
        Visitor visitor = new Visitor(base, "10.24.7." + (10 + identity.ordinal()));
        visitors.put(identity, visitor);
        return visitor;
    }

    private static Visitor.Answer create(Visitor admin, String username, String name, String role,
            String departmentField, String code, String department) throws IOException, InterruptedException {
        Visitor.Answer form = admin.get("admin/users/edit");
        Map<String, String> person = new LinkedHashMap<>();
        person.put("username", username);
        person.put("displayName", name);
        person.put("roles", role);
        // Department boxes carry their position in the list as value; the label names the department.
        String box = checkbox(form, "departments", code, department);
        person.put("departments", box);
        if (departmentField.equals("managedDepartments")) {
            person.put(departmentField, checkbox(form, departmentField, code, department));
        }
        Visitor.Answer created = admin.submit(form, "form", person);
        check(created.body().contains("shown only now"), "the account " + username, created);
        return created;
    }

    /** The value of the checkbox of {@code group} whose label is the department's code or name. */
    private static String checkbox(Visitor.Answer form, String group, String code, String departmentName) {
        return form.page().select("input[type=checkbox][name=" + group + "]").stream().filter(box -> List.of(code,
                departmentName).contains(form.page().select("label[for=" + box.id() + "]").text().strip())).map(
                        box -> box.attr(
                                "value"))
                .findFirst().orElseThrow(() -> new AssertionError("no box for " + departmentName
                        + " in " + group + " of " + form.page().select("form").outerHtml()));
    }

    private static long accountId(Visitor.Answer created) {
        Matcher id = ACCOUNT_ID.matcher(created.uri().toString());
        check(id.find(), "the new account's id in its page's address", created);
        return Long.parseLong(id.group(1));
    }

    /** A suffix of letters only, as display names must be. */
    private static String letters(String run) {
        StringBuilder letters = new StringBuilder();
        for (char c : run.toCharArray()) {
            letters.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
        }
        return letters.toString();
    }

    private static void check(boolean condition, String what, Visitor.Answer answer) {
        if (!condition) {
            throw new AssertionError("could not set up " + what + (answer == null ? "" : ": " + answer.status()
                    + " at " + answer.uri() + "\n" + answer.page().text()));
        }
    }
}
