/*
 * Single-key shortcuts on the study page, loaded only for learners who keep them on in their settings
 * (WCAG 2.1.4: they can be turned off). Digits 1-9 choose the nth option of the answer (a checkbox toggles);
 * Enter submits the answer, or opens the next question once the feedback shows. A key is left alone when a
 * modifier is held or when focus is in a text field, a select or editable content, so typing, screen reader
 * commands and the browser's own keys keep working.
 *
 * A key held down acts once: its auto-repeats are ignored, so holding Enter cannot submit the answer and then
 * skip past the feedback. Some browsers do not flag every repeat (event.repeat), so Enter also counts only as a
 * new press when it has been released (keyup) since the last Enter keydown: an Enter that opens the next question
 * started after the feedback appeared, as the feedback only replaces the form after the press that submitted.
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

    /** An Enter press has started (keydown) and not yet ended (keyup) as far as this page knows. */
    var enterHeld = false;

    function submitOrContinue() {
        var button = document.getElementById('submit-answer') || document.getElementById('next-question');
        if (!button) {
            return false;
        }
        button.click();
        return true;
    }

    document.addEventListener('keydown', function (event) {
        var enter = event.key === 'Enter';
        // Tracked for every Enter, wherever it is typed, so that a press begun in a field is not taken as new.
        var continued = event.repeat || (enter && enterHeld);
        if (enter) {
            enterHeld = true;
        }
        if (event.defaultPrevented || event.isComposing || event.altKey || event.ctrlKey || event.metaKey
                || event.shiftKey || isTyping(event.target)) {
            return;
        }
        var ours = enter && !activatesOnEnter(event.target);
        if (continued) {
            if (ours) {
                // Nor may the browser submit the form implicitly (Enter on a radio) while the key is held.
                event.preventDefault();
            }
            return;
        }
        var handled = false;
        if (/^[1-9]$/.test(event.key)) {
            handled = chooseOption(Number(event.key));
        } else if (ours) {
            handled = submitOrContinue();
        }
        if (handled) {
            event.preventDefault();
        }
    });

    document.addEventListener('keyup', function (event) {
        if (event.key === 'Enter') {
            enterHeld = false;
        }
    });
    // A key released while the window had no focus sends its keyup elsewhere.
    window.addEventListener('blur', function () {
        enterHeld = false;
    });
}());
