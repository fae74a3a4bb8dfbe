package org.ketaminetraining.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.Page;
import org.apache.wicket.core.request.handler.IPageRequestHandler;
import org.apache.wicket.core.util.objects.checker.CheckingObjectOutputStream;
import org.apache.wicket.core.util.objects.checker.ObjectSerializationChecker;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;

/**
 * Serializes every page a page test renders, after its request, as Wicket's page store would between requests.
 * WicketTester keeps pages in memory, so a page holding something that cannot be serialized passes every test and
 * then, in the server, is silently dropped: its next form post finds no page and does nothing. This listener
 * records each such page with the path to the offending field; {@link PageTestBase} fails the test on it.
 */
final class PageSerializationCheck implements IRequestCycleListener {

    private static final List<String> PROBLEMS = new ArrayList<>();

    static List<String> problems() {
        return List.copyOf(PROBLEMS);
    }

    static void clear() {
        PROBLEMS.clear();
    }

    @Override
    public void onRequestHandlerExecuted(RequestCycle cycle, IRequestHandler handler) {
        if (handler instanceof IPageRequestHandler pageHandler && pageHandler.isPageInstanceCreated()
                && pageHandler.getPage() instanceof Page page && !page.isPageStateless()) {
            check(page);
        }
    }

    static void check(Page page) {
        try (CheckingObjectOutputStream out = new CheckingObjectOutputStream(new ByteArrayOutputStream(),
                new ObjectSerializationChecker())) {
            out.writeObject(page);
        } catch (IOException | RuntimeException e) {
            PROBLEMS.add(page.getClass().getSimpleName() + " does not serialize: " + e.getMessage());
        }
    }
}
