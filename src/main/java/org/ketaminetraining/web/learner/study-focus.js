/*
 * When the study page loads showing feedback (after a submit without Ajax, or a reload), focus goes to the
 * result heading so that it is read first and Tab continues from there. When it loads showing a refused answer,
 * focus goes to the error text instead: the server marks that element with data-focus-on-load (it has
 * tabindex="-1"). Ajax submits move focus on the server's instruction instead.
 */
(function () {
    'use strict';

    function focusOnLoad() {
        var target = document.querySelector('[data-focus-on-load]') || document.getElementById('feedback-result');
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
