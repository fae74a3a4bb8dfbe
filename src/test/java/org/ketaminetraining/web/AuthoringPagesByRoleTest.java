package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.wicket.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.web.author.ComparePage;
import org.ketaminetraining.web.author.QuestionDetailPage;
import org.ketaminetraining.web.author.QuestionEditPage;
import org.ketaminetraining.web.author.QuestionListPage;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.pub.LoginPage;
import org.junit.jupiter.api.Test;

/**
 * Every authoring page by every role, through its address as a browser asks for it: signed out, the sign-in page;
 * trainees and managers, the 403 page (drafts are never shown to anyone else); educators and administrators, the
 * page itself.
 */
class AuthoringPagesByRoleTest extends PageTestBase {

    private Map<String, Class<? extends Page>> pages() {
        String key = authoring.firstOf(QuestionType.NUMERIC).key;
        Map<String, Class<? extends Page>> pages = new LinkedHashMap<>();
        pages.put("author/questions", QuestionListPage.class);
        pages.put("author/questions?module=dosing&status=in-review", QuestionListPage.class);
        pages.put("author/question/" + key, QuestionDetailPage.class);
        pages.put("author/question/" + key + "/edit", QuestionEditPage.class);
        pages.put("author/question/" + key + "/compare?left=1&right=1", ComparePage.class);
        return pages;
    }

    /**
     * Every id once, and every id that a label, aria-describedby or aria-labelledby names is on the page: an error
     * text named by its input must be there even while it is empty.
     */
    static void assertIdsUniqueAndReferencesResolve(String what, String html) {
        Document page = Jsoup.parse(html);
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).as("ids of %s", what).doesNotHaveDuplicates();
        for (Element named : page.select("[for], [aria-describedby], [aria-labelledby]")) {
            for (String attribute : List.of("for", "aria-describedby", "aria-labelledby")) {
                for (String id : named.attr(attribute).split(" ")) {
                    assertThat(id.isEmpty() || ids.contains(id)).as("%s: %s=%s of %s", what, attribute, id,
                            named.tagName()).isTrue();
                }
            }
        }
    }

    @Test
    void theEditorOfEveryTypeHasUniqueIdsAndResolvableReferences() {
        signInAs(educatorId);
        for (QuestionType type : QuestionType.values()) {
            tester.executeUrl("author/question/" + authoring.firstOf(type).key + "/edit");
            assertIdsUniqueAndReferencesResolve("the editor of " + type, tester.getLastResponseAsString());
        }
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        tester.setExposeExceptions(false);
        pages().forEach((url, page) -> {
            tester.executeUrl(url);
            assertThat(tester.getLastRenderedPage()).as(url).isInstanceOf(LoginPage.class);
        });
        assertThat(TestServices.calls()).noneMatch(call -> call.startsWith("AuthoringService."));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"TRAINEE", "MANAGER"})
    void traineesAndManagersAreRefused(Role role) {
        signInAs(people.add("someone", "someone-password-1", Set.of(role)));
        tester.setExposeExceptions(false);
        pages().forEach((url, page) -> {
            tester.executeUrl(url);
            assertThat(tester.getLastRenderedPage()).as(url).isInstanceOf(AccessDeniedPage.class);
            assertThat(tester.getLastResponse().getStatus()).as(url).isEqualTo(403);
        });
        assertThat(TestServices.calls()).noneMatch(call -> call.startsWith("AuthoringService."));
        tester.startPage(org.ketaminetraining.web.app.HomePage.class);
        assertThat(tester.getLastResponseAsString()).doesNotContain("<span>Questions</span>");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EDUCATOR", "ADMIN"})
    void educatorsAndAdministratorsSeeEveryPage(Role role) {
        signInAs(role == Role.ADMIN ? adminId : educatorId);
        pages().forEach((url, page) -> {
            tester.executeUrl(url);
            assertThat(tester.getLastRenderedPage()).as(url).isInstanceOf(page);
            assertThat(tester.getLastResponse().getStatus()).as(url).isEqualTo(200);
            assertThat(tester.getLastResponseAsString()).as(url).contains("<main id=\"main\"", "<h1");
            assertIdsUniqueAndReferencesResolve(url, tester.getLastResponseAsString());
        });
        tester.executeUrl("author/questions");
        assertThat(tester.getLastResponseAsString()).contains("aria-current=\"page\"><span>Questions</span>");
    }
}
