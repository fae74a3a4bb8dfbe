package org.ketaminetraining.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.service.CompletionQuery.Sort;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.web.reports.ReportView;

class ReportViewTest {

    @Test
    void readsEveryParameterAndWritesBackOnlyWhatIsNotTheDefault() {
        PageParameters in = new PageParameters().add("dept", "icu").add("status", "expiring-soon")
                .add("sort", "valid-through").add("dir", "desc").add("page", "3");
        ReportView view = ReportView.of(in);
        assertThat(view).isEqualTo(new ReportView("icu", CompletionStatus.EXPIRING_SOON, Sort.VALID_THROUGH, false, 3));
        assertThat(view.pageQuery()).isEqualTo(new CompletionQuery(Optional.of("icu"),
                Optional.of(CompletionStatus.EXPIRING_SOON), Sort.VALID_THROUGH, false, 50, 25));
        assertThat(view.allRowsQuery().maxResults()).isZero();
        assertThat(view.parameters().toString()).isEqualTo(in.toString());
        assertThat(ReportView.of(new PageParameters()).parameters().isEmpty()).isTrue();
    }

    @Test
    void aBookmarkSortedByTheOldExpiresColumnSortsByValidThrough() {
        assertThat(ReportView.of(new PageParameters().add("sort", "expires")).sort()).isEqualTo(Sort.VALID_THROUGH);
    }

    @Test
    void unreadableValuesFallBackToTheDefaults() {
        ReportView view = ReportView.of(new PageParameters().add("dept", "  ").add("sort", "salary")
                .add("dir", "sideways").add("page", "-4"));
        assertThat(view).isEqualTo(new ReportView(null, null, Sort.NAME, true, 1));
        assertThat(ReportView.of(new PageParameters().add("page", "999999999")).page()).isEqualTo(100_000);
        assertThat(ReportView.of(new PageParameters().add("page", "x")).page()).isEqualTo(1);
        assertThat(ReportView.of(new PageParameters().add("dept", "d".repeat(65))).department()).isEmpty();
    }

    @Test
    void aStatusIsReadWhateverItsCaseAndWithUnderscoresOrDashes() {
        for (String typed : new String[]{"REVOKED", "revoked", "Revoked", " revoked "}) {
            ReportView view = ReportView.of(new PageParameters().add("status", typed));
            assertThat(view.status()).as(typed).contains(CompletionStatus.REVOKED);
            assertThat(view.unreadableStatus()).as(typed).isEmpty();
        }
        for (String typed : new String[]{"EXPIRING_SOON", "expiring_soon", "Expiring-Soon"}) {
            assertThat(ReportView.of(new PageParameters().add("status", typed)).status()).as(typed)
                    .contains(CompletionStatus.EXPIRING_SOON);
        }
        assertThat(ReportView.of(new PageParameters().add("status", "REVOKED")).parameters().get("status")
                .toString()).isEqualTo("revoked");
    }

    @Test
    void anUnknownStatusIsKeptToBeNamedNotDroppedAndIsBoundedBeforeItIsRead() {
        ReportView view = ReportView.of(new PageParameters().add("status", "withdrawn"));
        assertThat(view.status()).isEmpty();
        assertThat(view.unreadableStatus()).contains("withdrawn");
        assertThat(view.parameters().get("status").toString()).isEqualTo("withdrawn");
        ReportView huge = ReportView.of(new PageParameters().add("status", "revoked" + "x".repeat(100_000)));
        assertThat(huge.status()).isEmpty();
        assertThat(huge.unreadableStatus()).hasValueSatisfying(shown -> assertThat(shown).hasSize(41)
                .startsWith("revokedxxx").endsWith("\u2026"));
        assertThat(ReportView.of(new PageParameters().add("status", "")).unreadableStatus()).isEmpty();
    }

    @Test
    void sortingByTheSortedColumnTurnsItRoundAndAnyChangeGoesBackToPageOne() {
        ReportView onPage4 = new ReportView("ed", null, Sort.NAME, true, 4);
        assertThat(onPage4.sortedBy(Sort.NAME)).isEqualTo(new ReportView("ed", null, Sort.NAME, false, 1));
        assertThat(onPage4.sortedBy(Sort.NAME).sortedBy(Sort.NAME).ascending()).isTrue();
        assertThat(onPage4.sortedBy(Sort.PROGRESS)).isEqualTo(new ReportView("ed", null, Sort.PROGRESS, true, 1));
        assertThat(onPage4.withFilters(null, CompletionStatus.REVOKED))
                .isEqualTo(new ReportView(null, CompletionStatus.REVOKED, Sort.NAME, true, 1));
    }
}
