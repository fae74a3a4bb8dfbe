package org.ketaminetraining.web.assessment;

import org.apache.wicket.model.StringResourceModel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.head.JavaScriptHeaderItem;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.resource.JavaScriptResourceReference;
import org.ketaminetraining.certification.service.AttemptView;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.layout.Site;

/**
 * The time left of a timed attempt, written by the server on every page (so it is right without JavaScript and
 * after every reload) and counted down each second by attempt-countdown.js, which also announces five minutes and
 * one minute left in a polite live region, saves the answer on screen just before the end, and opens
 * {@code expiredUrl} when the time is up: the server then finds the attempt submitted and shows the result. The
 * deadline is the service's; this only subtracts the time now from it.
 */
class Countdown extends Panel {

    private static final long serialVersionUID = 1L;
    private static final JavaScriptResourceReference SCRIPT =
            new JavaScriptResourceReference(Countdown.class, "attempt-countdown.js");

    private final IModel<AttemptView> attempt;

    Countdown(String id, IModel<AttemptView> attempt, IModel<ZoneId> zone, IModel<String> expiredUrl) {
        super(id, attempt);
        this.attempt = attempt;
        WebMarkupContainer box = new WebMarkupContainer("box");
        box.setOutputMarkupId(true).setMarkupId("attempt-countdown");
        box.add(AttributeModifier.replace("data-remaining-seconds", () -> String.valueOf(left().getSeconds())),
                AttributeModifier.replace("data-expired-url", expiredUrl),
                AttributeModifier.replace("data-warning-300", () -> getString("warning.five")),
                AttributeModifier.replace("data-warning-60", () -> getString("warning.one")));
        add(box);
        Label remaining = new Label("remaining", () -> Figures.timeLeft(left()));
        remaining.add(AttributeModifier.replace("datetime", () -> left().toString()));
        box.add(remaining);
        box.add(new Label("endsAt", new StringResourceModel("endsAt", this).setParameters(
                (IModel<String>) () -> DisplayTime.inZone(deadline().orElse(null), zone.getObject()))));
    }

    private Optional<Instant> deadline() {
        AttemptView view = attempt.getObject();
        return view == null || view.over() ? Optional.empty() : view.deadline();
    }

    private Duration left() {
        Instant now = Site.get().clock().instant();
        Duration left = deadline().map(d -> Duration.between(now, d)).orElse(Duration.ZERO);
        return left.isNegative() ? Duration.ZERO : left.withNanos(0);
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(deadline().isPresent());
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(JavaScriptHeaderItem.forReference(SCRIPT).setDefer(true));
    }
}
