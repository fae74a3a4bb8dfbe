package org.ketaminetraining.web.author;

import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.StringResourceModel;
import org.ketaminetraining.bank.service.authoring.QuestionDetail;
import org.ketaminetraining.bank.service.authoring.RevisionSummary;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.Site;

/**
 * A question's published revisions, newest first, with where each came from, who published and wrote it and the
 * reviewer's comment; and a form to compare any two of them (or one with the open draft). The form is a plain GET
 * to the comparison's address, so a comparison is a link like any other and needs no state on this page.
 */
final class RevisionsPanel extends Panel {

    private static final long serialVersionUID = 1L;

    /** The value of the open draft in the comparison's choices (the service's number for it). */
    static final int DRAFT = 0;

    RevisionsPanel(String id, String questionKey, IModel<QuestionDetail> detail) {
        super(id);
        IModel<List<RevisionSummary>> revisions = detail.map(d -> d.revisions().stream()
                .sorted((a, b) -> Integer.compare(b.number(), a.number())).toList());
        add(new ListView<>("revisions", revisions) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<RevisionSummary> item) {
                RevisionSummary r = item.getModelObject();
                item.add(new Label("number",
                        new StringResourceModel("revisions.number", this).setParameters(r.number())));
                item.add(new Label("when", DisplayTime.readable(r.publishedAt(), Site.get().organisationZone()))
                        .add(AttributeModifier.replace("datetime", DisplayTime.machineReadable(r.publishedAt()))));
                item.add(new Label("source", r.source()), new Label("by", r.publishedBy()),
                        new Label("authors", r.authors()), new Label("comment", r.comment()));
            }
        });
        add(new Label("none", () -> getString("revisions.none")).add(VisibleWhen.of(() -> revisions.getObject()
                .isEmpty())));

        IModel<List<Integer>> comparable = detail.map(d -> {
            List<Integer> numbers = new ArrayList<>(revisions.getObject().stream().map(RevisionSummary::number)
                    .toList());
            if (d.draft().isPresent()) {
                numbers.add(0, DRAFT);
            }
            return numbers;
        });
        WebMarkupContainer compare = new WebMarkupContainer("compare");
        compare.add(AttributeModifier.replace("action", () -> urlFor(ComparePage.class,
                QuestionDetailPage.parametersOf(questionKey)).toString()));
        // Preselected: the two newest, older on the left, so the form compares the latest change at once.
        compare.add(choices("left", comparable, 1), choices("right", comparable, 0));
        add(compare.add(VisibleWhen.of(() -> comparable.getObject().size() >= 2)));
    }

    private WebMarkupContainer choices(String id, IModel<List<Integer>> numbers, int preselected) {
        WebMarkupContainer select = new WebMarkupContainer(id);
        select.add(new ListView<>("options", numbers) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Integer> item) {
                int number = item.getModelObject();
                item.add(AttributeModifier.replace("value", number));
                if (item.getIndex() == preselected) {
                    item.add(AttributeModifier.replace("selected", "selected"));
                }
                item.add(new Label("text", number == DRAFT ? getString("revisions.draft")
                        : new StringResourceModel("revisions.number", this).setParameters(number).getString()));
            }
        });
        return select;
    }
}
