/*
 * Counts down the time left of a timed assessment each second, from the seconds the server wrote into the page
 * (so the learner's own clock does not matter). Announces 5 minutes and 1 minute left in the polite live region,
 * saves the answer on the page a few seconds before the end (the server refuses saves after it), and when the time
 * is up opens the address the server gave, where it finds the attempt submitted and shows the result. Without
 * JavaScript the time written by the server is still there, and the server still ends the attempt on time.
 */
(function () {
    'use strict';

    var SAVE_BEFORE_END_SECONDS = 3;
    var GRACE_AFTER_END_MS = 2000;

    function pad(n) {
        return n < 10 ? '0' + n : String(n);
    }

    function format(seconds) {
        var hours = Math.floor(seconds / 3600);
        var minutes = Math.floor((seconds % 3600) / 60);
        var rest = seconds % 60;
        return hours > 0 ? hours + ':' + pad(minutes) + ':' + pad(rest) : pad(minutes) + ':' + pad(rest);
    }

    function start() {
        var box = document.getElementById('attempt-countdown');
        var shown = document.getElementById('time-left');
        var warning = document.getElementById('countdown-warning');
        if (!box || !shown) {
            return;
        }
        var initial = parseInt(box.getAttribute('data-remaining-seconds'), 10);
        if (isNaN(initial)) {
            return;
        }
        var endsAt = Date.now() + initial * 1000;
        var saved = false;
        var warned = {};
        var timer;

        function tick() {
            var msLeft = endsAt - Date.now();
            var left = Math.max(0, Math.ceil(msLeft / 1000));
            shown.textContent = format(left);
            shown.setAttribute('datetime', 'PT' + left + 'S');
            [300, 60].forEach(function (limit) {
                if (initial > limit && left <= limit && !warned[limit] && warning) {
                    warned[limit] = true;
                    warning.textContent = box.getAttribute('data-warning-' + limit) || '';
                }
            });
            var save = document.getElementById('save-answer');
            if (!saved && save && left <= SAVE_BEFORE_END_SECONDS && initial > SAVE_BEFORE_END_SECONDS) {
                saved = true;
                save.click();
            }
            if (msLeft <= -GRACE_AFTER_END_MS) {
                window.clearInterval(timer);
                window.location.assign(box.getAttribute('data-expired-url'));
            }
        }

        timer = window.setInterval(tick, 1000);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
