/*
 * When the study page loads showing feedback (after a submit without Ajax, or a reload), focus goes to the
 * result heading so that it is read first and Tab continues from there. When it loads showing a refused answer,
 * focus goes to the error text instead: the server marks that element with data-focus-on-load (it has
 * tabindex="-1"). Ajax submits move focus on the server's instruction instead.
 *
 * When it loads showing a question, focus goes to the question's heading ("Question 3 of 12", tabindex="-1"), so
 * a screen reader reads where the learner is and the next Tab reaches the first option instead of passing the
 * skip link, the header and the whole navigation first. Only on arrival: not when the address names a place to
 * go to, nor when the learner has already put focus somewhere.
 */
(function () {
    'use strict';

    function questionHeading() {
        var arriving = !window.location.hash
            && (!document.activeElement || document.activeElement === document.body);
        return arriving && document.querySelector('fieldset[data-question-type]')
            ? document.getElementById('session-progress') : null;
    }

    function focusOnLoad() {
        var target = document.querySelector('[data-focus-on-load]') || document.getElementById('feedback-result')
            || questionHeading();
        if (target) {
            target.focus();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusOnLoad);
    } else {
        focusOnLoad();
    }
}());
