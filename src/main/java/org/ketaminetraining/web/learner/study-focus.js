/*
 * When the study page loads showing feedback (after a submit without Ajax, or a reload), focus goes to the
 * result heading so that it is read first and Tab continues from there. Ajax submits move focus on the server's
 * instruction instead.
 */
(function () {
    'use strict';

    function focusResult() {
        var heading = document.getElementById('feedback-result');
        if (heading) {
            heading.focus();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusResult);
    } else {
        focusResult();
    }
}());
