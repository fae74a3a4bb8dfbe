/*
 * Single-key shortcuts on the study page, loaded only for learners who keep them on in their settings
 * (WCAG 2.1.4: they can be turned off). Digits 1-9 choose the nth option of the answer (a checkbox toggles);
 * Enter submits the answer, or opens the next question once the feedback shows. A key is left alone when a
 * modifier is held or when focus is in a text field, a select or editable content, so typing, screen reader
 * commands and the browser's own keys keep working.
 */
(function () {
    'use strict';

    var TEXT_INPUTS = ['text', 'search', 'email', 'number', 'tel', 'url', 'password', 'date', 'time',
        'datetime-local', 'month', 'week'];

    function isTyping(element) {
        if (!element || !element.tagName) {
            return false;
        }
        if (element.isContentEditable) {
            return true;
        }
        var tag = element.tagName.toLowerCase();
        if (tag === 'textarea' || tag === 'select') {
            return true;
        }
        return tag === 'input' && TEXT_INPUTS.indexOf((element.getAttribute('type') || 'text').toLowerCase()) >= 0;
    }

    /** Elements on which Enter already does something of its own. */
    function activatesOnEnter(element) {
        if (!element || !element.tagName) {
            return false;
        }
        var tag = element.tagName.toLowerCase();
        if (tag === 'a' || tag === 'button' || tag === 'summary') {
            return true;
        }
        return tag === 'input' && ['button', 'submit', 'reset', 'image', 'file']
            .indexOf((element.getAttribute('type') || '').toLowerCase()) >= 0;
    }

    function chooseOption(digit) {
        var fieldset = document.querySelector('fieldset[data-question-type]');
        if (!fieldset) {
            return false;
        }
        var options = fieldset.querySelectorAll('input[type="radio"], input[type="checkbox"]');
        var option = options[digit - 1];
        if (!option || option.disabled) {
            return false;
        }
        option.click();
        option.focus();
        return true;
    }

    function submitOrContinue() {
        var button = document.getElementById('submit-answer') || document.getElementById('next-question');
        if (!button) {
            return false;
        }
        button.click();
        return true;
    }

    document.addEventListener('keydown', function (event) {
        if (event.defaultPrevented || event.isComposing || event.altKey || event.ctrlKey || event.metaKey
                || event.shiftKey || isTyping(event.target)) {
            return;
        }
        var handled = false;
        if (/^[1-9]$/.test(event.key)) {
            handled = chooseOption(Number(event.key));
        } else if (event.key === 'Enter' && !activatesOnEnter(event.target)) {
            handled = submitOrContinue();
        }
        if (handled) {
            event.preventDefault();
        }
    });
}());
