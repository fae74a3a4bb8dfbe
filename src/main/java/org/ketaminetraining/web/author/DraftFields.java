package org.ketaminetraining.web.author;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.wicket.Component;
import org.apache.wicket.MarkupContainer;
import org.apache.wicket.MetaDataKey;
import org.apache.wicket.model.IComponentAssignedModel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.util.visit.IVisit;
import org.apache.wicket.util.visit.Visits;
import org.ketaminetraining.bank.authoring.FieldProblem;
import org.ketaminetraining.web.component.FieldErrors;
import org.ketaminetraining.web.component.FieldMessages;

/**
 * Ties the editor's inputs to the draft's field names ({@code stem}, {@code options[2].feedback}), so that each
 * problem the service finds is shown at the input it concerns: the input's markup id comes from its field name, its
 * error text sits under it with the id the input names in {@code aria-describedby}, and the input is marked
 * {@code aria-invalid} while it has an error. A problem whose field has no input of its own goes to the nearest
 * enclosing one ({@code options[2]} to the option's row, then {@code options} to the options' group), and one about
 * the whole question to the form, where the summary shows it.
 */
final class DraftFields {

    /** The draft field a component stands for, and the words that name it in the summary. */
    record Field(String name, IModel<String> label) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static final MetaDataKey<Field> FIELD = new MetaDataKey<>() {
        private static final long serialVersionUID = 1L;
    };

    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern LAST_PART = Pattern.compile("(\\.[A-Za-z]+|\\[[0-9]+\\])$");

    private DraftFields() {
    }

    /** The markup id of a field's input: {@code draft-options-2-feedback}. */
    static String markupId(String field) {
        String id = NOT_ID.matcher(field).replaceAll("-");
        return "draft-" + (id.endsWith("-") ? id.substring(0, id.length() - 1) : id);
    }

    /** The markup id of the error text of a field. */
    static String errorId(String field) {
        return markupId(field) + "-error";
    }

    /**
     * Names the component after its draft field and wires its error state; returns it.
     *
     * @param hintId the markup id of a hint the input is also described by, or null
     */
    static <C extends Component> C bind(C component, String field, IModel<String> label, String hintId) {
        // A resource model finds its text through the component it belongs to (the page's properties).
        IModel<String> named = label instanceof IComponentAssignedModel<String> assigned
                ? assigned.wrapOnAssignment(component) : label;
        component.setMetaData(FIELD, new Field(field, named));
        component.setOutputMarkupId(true);
        component.setMarkupId(markupId(field));
        component.add(FieldErrors.ariaInvalid(errorId(field) + (hintId == null ? "" : " " + hintId)));
        return component;
    }

    /** The error text of a bound component, to be added beside it. */
    static FieldMessages errorsOf(String wicketId, Component bound) {
        return FieldMessages.of(wicketId, bound, errorId(bound.getMetaData(FIELD).name()));
    }

    /** Reports every problem on the component of its field (or the nearest enclosing one), else on the form. */
    static void report(MarkupContainer form, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            boundTo(form, problem.field()).orElse(form).error(problem.message());
        }
    }

    private static Optional<Component> boundTo(MarkupContainer form, String field) {
        for (String name = field; !name.isEmpty(); name = LAST_PART.matcher(name).replaceFirst("")) {
            Component found = find(form, name);
            if (found != null) {
                return Optional.of(found);
            }
            if (!LAST_PART.matcher(name).find()) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Component find(MarkupContainer form, String name) {
        return Visits.visitChildren(form, (Component c, IVisit<Component> visit) -> {
            Field bound = c.getMetaData(FIELD);
            if (bound != null && bound.name().equals(name) && c.isVisibleInHierarchy()) {
                visit.stop(c);
            }
        });
    }
}
