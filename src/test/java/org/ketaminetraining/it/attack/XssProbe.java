package org.ketaminetraining.it.attack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Watches a Chromium for the signs of an injection on every page it shows: a payload that ran (window.__xss), an
 * element a payload injected (data-xss), a link or source with a script or HTML data URL, and any
 * Content-Security-Policy violation, caught by a listener that the browser installs in every document before the
 * page's own scripts (through the DevTools protocol, which the page's policy does not govern).
 */
final class XssProbe {

    private static final String LISTENER = """
            window.__csp = [];
            document.addEventListener('securitypolicyviolation', e => window.__csp.push(
                e.effectiveDirective + ' blocked ' + e.blockedURI + ' ' + (e.sample || '')));
            """;

    private static final String FINDINGS = """
            const found = [];
            if (window.__xss !== undefined) found.push('executed: window.__xss=' + window.__xss);
            document.querySelectorAll('[data-xss]').forEach(e => found.push('injected: ' + e.outerHTML.slice(0, 160)));
            for (const e of document.querySelectorAll('[href],[src],[action],[formaction],[srcdoc]')) {
              for (const name of ['href', 'src', 'action', 'formaction', 'srcdoc']) {
                const raw = e.getAttribute(name);
                if (raw === null) continue;
                const value = raw.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
                if (name === 'srcdoc' || value.startsWith('javascript:') || value.startsWith('vbscript:')
                    || (value.startsWith('data:') && !value.startsWith('data:image/')))
                  found.push('dangerous ' + name + ': ' + e.outerHTML.slice(0, 160));
              }
            }
            if (window.__csp === undefined) found.push('the violation listener is missing');
            else window.__csp.forEach(v => found.push('CSP violation: ' + v));
            return found;
            """;

    private final ChromeDriver browser;

    XssProbe(ChromeDriver browser) {
        this.browser = browser;
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
    }

    /** What the page on show gives away of an injection, each finding prefixed with where it was seen. */
    List<String> findings(String where) {
        List<String> found = new ArrayList<>();
        Object result = browser.executeScript(FINDINGS);
        if (result instanceof List<?> list) {
            list.forEach(item -> found.add(where + " (" + browser.getCurrentUrl() + "): " + item));
        }
        return found;
    }
}
