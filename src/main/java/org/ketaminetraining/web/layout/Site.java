package org.ketaminetraining.web.layout;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.apache.wicket.Application;
import org.apache.wicket.markup.html.WebPage;

/**
 * The application as the layout and the feature pages see it: where each {@link Destination} is, the navigation,
 * and the few things the application provides to components (services for objects Wicket does not build, the
 * clock, the organisation's zone). The Wicket application implements it; pages reach it with {@link #get()} and so
 * never import the application package, which imports them all to mount them.
 */
public interface Site {

    /** The page of a destination. */
    Class<? extends WebPage> pageOf(Destination destination);

    /** The navigation, in order; each person sees the entries their roles allow. */
    List<NavigationItem> navigation();

    /**
     * Fills the {@code @Inject} fields of an object Wicket does not create as a component (a mounted resource), as
     * components are filled.
     */
    void inject(Object target);

    /**
     * The clock of rate limits and of the time pages count down from (an assessment's time left). Deadlines and
     * every decision about time are the services'.
     */
    Clock clock();

    /** The organisation's time zone (KT_TIME_ZONE), for times that belong to no one person's settings. */
    ZoneId organisationZone();

    /** The site of the current request's application. */
    static Site get() {
        return (Site) Application.get();
    }
}
