package org.ketaminetraining.web.author;

import java.io.Serializable;
import java.time.Duration;
import org.apache.wicket.Component;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.attributes.AjaxRequestAttributes;
import org.apache.wicket.ajax.attributes.ThrottlingSettings;
import org.apache.wicket.ajax.form.AjaxFormChoiceComponentUpdatingBehavior;
import org.apache.wicket.ajax.form.AjaxFormComponentUpdatingBehavior;
import org.apache.wicket.markup.html.form.AbstractTextComponent;
import org.apache.wicket.markup.html.form.CheckGroup;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.RadioGroup;

/**
 * Keeps the editor's preview up to date while the author types, with Wicket's Ajax: each input sends its value
 * (at most every {@value #PAUSE_MS} ms while typing) into the form's state and the preview is rendered again by the
 * server with the trainees' renderer and sanitizer, so what it shows is what they would see. Wicket's Ajax runs
 * under the site's strict Content-Security-Policy (its scripts carry the page's nonce; the study page uses it too).
 * Without JavaScript the Preview button does the same with a full page.
 */
final class LivePreview implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long PAUSE_MS = 400;

    private final Component preview;

    LivePreview(Component preview) {
        this.preview = preview;
        preview.setOutputMarkupId(true);
    }

    /** Makes changes to the input update the preview; returns the input. */
    <C extends FormComponent<?>> C updatedBy(C input) {
        if (input instanceof RadioGroup || input instanceof CheckGroup) {
            // A group of radios or boxes: its value changes by a click on any of them.
            input.add(new AjaxFormChoiceComponentUpdatingBehavior() {
                private static final long serialVersionUID = 1L;

                @Override
                protected void onUpdate(AjaxRequestTarget target) {
                    target.add(preview);
                }
            });
            return input;
        }
        boolean typed = input instanceof AbstractTextComponent;
        input.add(new AjaxFormComponentUpdatingBehavior(typed ? "input" : "change") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void updateAjaxAttributes(AjaxRequestAttributes attributes) {
                super.updateAjaxAttributes(attributes);
                if (typed) {
                    attributes.setThrottlingSettings(new ThrottlingSettings(Duration.ofMillis(PAUSE_MS), true));
                }
            }

            @Override
            protected void onUpdate(AjaxRequestTarget target) {
                target.add(preview);
            }
        });
        return input;
    }
}
