/*
 * Program Office: the helpers every page script of the plugin shares, as window.ProgramOffice: finding an element,
 * filling a message's {0} placeholders, building an element with text, a link to an issue, showing a REST error answer (Jira's shape
 * {"errorMessages":[],"errors":{"field":".."}}) at the form fields that name it and the rest in a message box,
 * fetching JSON from the REST API, Jira's context path on pages that don't carry it, and running a start function
 * once the page is parsed. Values only ever reach the page through textContent.
 */
(function () {
    'use strict';

    function byId(id) {
        return document.getElementById(id);
    }

    function format(template, values) {
        return template.replace(/\{(\d)\}/g, function (match, i) {
            return values[Number(i)] === undefined ? match : String(values[Number(i)]);
        });
    }

    function element(tag, className, text) {
        var e = document.createElement(tag);
        if (className) {
            e.className = className;
        }
        if (text !== undefined && text !== null) {
            e.textContent = String(text);
        }
        return e;
    }

    /** A link with class className to the issue view of issueKey under Jira's context path. */
    function issueLink(context, issueKey, className) {
        var a = element('a', className, issueKey);
        a.href = context + '/browse/' + encodeURIComponent(issueKey);
        return a;
    }

    /** Empties the field errors of form (elements with class "error") and hides the message box. */
    function clearErrors(form, box) {
        form.querySelectorAll('.error').forEach(function (el) {
            el.textContent = '';
        });
        box.textContent = '';
        box.classList.add('hidden');
    }

    /**
     * Shows an error answer: each field error at the element [data-error-for=field] of form (else in the box), the
     * general messages in the box, fallback when the answer had no message at all.
     */
    function showErrors(form, box, body, fallback) {
        clearErrors(form, box);
        var general = (body && body.errorMessages ? body.errorMessages : []).slice();
        var fields = body && body.errors ? body.errors : {};
        Object.keys(fields).forEach(function (field) {
            var target = form.querySelector('[data-error-for="' + CSS.escape(field) + '"]');
            if (target) {
                target.textContent = fields[field];
            } else {
                general.push(fields[field]);
            }
        });
        if (!general.length && !Object.keys(fields).length) {
            general.push(fallback);
        }
        general.forEach(function (message) {
            box.appendChild(element('p', null, message));
        });
        box.classList.toggle('hidden', !general.length);
    }

    /**
     * Fetches url with init and answers {status, ok, json}; an answer that is not JSON becomes an error answer in
     * Jira's shape carrying its text.
     */
    function fetchJson(url, init) {
        return fetch(url, init).then(function (response) {
            return response.text().then(function (t) {
                var json;
                try {
                    json = t ? JSON.parse(t) : null;
                } catch (e) {
                    json = {errorMessages: [t || ('HTTP ' + response.status)], errors: {}};
                }
                return {status: response.status, ok: response.ok, json: json};
            });
        });
    }

    /** Jira's context path: AJS.contextPath() where AUI has it, else the page's ajs-context-path meta tag. */
    function contextPath() {
        if (typeof AJS !== 'undefined' && typeof AJS.contextPath === 'function') {
            return AJS.contextPath();
        }
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    /** Runs start once the document is parsed. */
    function onReady(start) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }

    window.ProgramOffice = {
        byId: byId,
        format: format,
        element: element,
        issueLink: issueLink,
        clearErrors: clearErrors,
        showErrors: showErrors,
        onReady: onReady,
        fetchJson: fetchJson,
        contextPath: contextPath
    };
}());
