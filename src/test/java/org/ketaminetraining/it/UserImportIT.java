package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.UserImportPlan;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.AccountView;
import org.ketaminetraining.people.service.UserImportService;

/** The CSV import applies whole or not at all, on the real database. */
@ExtendWith(ArquillianExtension.class)
class UserImportIT {

    private static final String HEADER = "username,display_name,email,department,roles\n";

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("import-it.war", UserImportIT.class);
    }

    @Inject
    private UserImportService imports;
    @Inject
    private AccountService accounts;

    @Inject
    private Callers callers;
    @Inject
    private AppSettings settings;

    @Test
    void aFileWithOneBadLineChangesNothing() {
        String tag = Long.toString(System.nanoTime(), 36);
        String csv = HEADER
                + "good1." + tag + ",Good One,,demo-ward,TRAINEE\n"
                + "good2." + tag + ",Good Two,,demo-ward,TRAINEE\n"
                + "bad." + tag + ",Bad,,no-such-ward,TRAINEE\n";
        int before = accounts.list(callers.admin(), "").size();
        UserImportPlan preview = imports.preview(callers.admin(), csv);
        assertFalse(preview.canApply());
        assertEquals(1, preview.problems().size());
        assertEquals(4, preview.problems().get(0).line());
        assertThrows(ValidationException.class, () -> imports.apply(callers.admin(), csv));
        assertEquals(before, accounts.list(callers.admin(), "").size());
        assertTrue(accounts.list(callers.admin(), tag).isEmpty());
    }

    @Test
    void aNewTraineeWithAnEmptyDepartmentJoinsTheDefaultOneAndALineThatWouldEmptyOneIsNamed() {
        // The test server sets KT_DEFAULT_DEPARTMENT to the demo ward (pom.xml).
        String preset = settings.defaultDepartment().orElseThrow();
        String tag = Long.toString(System.nanoTime(), 36);
        String placedName = Callers.uniqueName("Placed");
        String file = HEADER
                + "placed." + tag + "," + placedName + ",,,TRAINEE\n"
                + "teacher." + tag + "," + Callers.uniqueName("Teacher") + ",,,EDUCATOR\n";
        UserImportPlan preview = imports.preview(callers.admin(), file);
        assertTrue(preview.canApply(), preview.problems().toString());
        assertEquals("new account with roles [TRAINEE] in [" + preset + "] (the default department)",
                preview.changes().get(0).differences().get(0));
        imports.apply(callers.admin(), file);
        AccountView placed = accounts.list(callers.admin(), "placed." + tag).get(0);
        assertEquals(Set.of(preset), placed.departmentCodes());
        assertEquals(Set.of(), accounts.list(callers.admin(), "teacher." + tag).get(0).departmentCodes());

        String emptying = HEADER
                + "other." + tag + "," + Callers.uniqueName("Other") + ",,demo-ward,TRAINEE\n"
                + "placed." + tag + "," + placedName + ",,,TRAINEE\n";
        UserImportPlan refused = imports.preview(callers.admin(), emptying);
        assertFalse(refused.canApply());
        assertEquals(1, refused.problems().size());
        assertEquals(3, refused.problems().get(0).line());
        assertEquals("line 3: department is empty; a trainee needs at least one department, or no manager sees "
                + "them", refused.problems().get(0).toString());
        assertThrows(ValidationException.class, () -> imports.apply(callers.admin(), emptying));
        assertTrue(accounts.list(callers.admin(), "other." + tag).isEmpty(), "all or nothing");
        assertEquals(Set.of(preset), accounts.find(callers.admin(), placed.id()).orElseThrow().departmentCodes());
    }

    @Test
    void aCleanFileCreatesAndThenUpdatesPeople() {
        String tag = Long.toString(System.nanoTime(), 36);
        String name = Callers.uniqueName("Nurse").substring("Nurse ".length());
        String first = HEADER + "nurse." + tag + ",Nurse " + name + ",n@h.org,demo-ward,TRAINEE\n";
        UserImportPlan created = imports.apply(callers.admin(), first);
        assertEquals(1, created.count(UserImportPlan.Kind.CREATE));
        AccountView nurse = accounts.list(callers.admin(), "nurse." + tag).get(0);
        assertEquals(Set.of(Role.TRAINEE), nurse.roles());
        assertFalse(nurse.hasPassword(), "imported accounts get no password until an administrator sets one");

        String second = HEADER + "nurse." + tag + ",Nurse " + name + ",n@h.org,demo-ward,TRAINEE;MANAGER\n";
        UserImportPlan again = imports.preview(callers.admin(), second);
        assertEquals(UserImportPlan.Kind.UPDATE, again.changes().get(0).kind());
        imports.apply(callers.admin(), second);
        assertEquals(Set.of(Role.TRAINEE, Role.MANAGER),
                accounts.find(callers.admin(), nurse.id()).orElseThrow().roles());
        assertEquals(UserImportPlan.Kind.UNCHANGED, imports.preview(callers.admin(), second).changes().get(0).kind());
    }
}
