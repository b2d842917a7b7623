/*
 * Program Office: the Risks tab of a program page. This script fetches GET /programs/{key}/risks/suggestions (with
 * dismissed=true when asked) and builds the table of suggested risks: what kind, the suggested risk in words, the
 * evidence with links to its issues, a probability x impact to start from, a Create risk button that opens a form
 * (project of the program, summary, probability, impact) and posts it to .../suggestions/{id}/risk, and for program
 * owners a Dismiss button that opens a reason form and posts it to .../suggestions/{id}/dismissal. Values only ever reach the page through
 * textContent, attributes or properties, never as HTML.
 */
(function () {
    'use strict';

    var REST = '/rest/program-office/1.0';
    var KIND_LOZENGE = {late_critical_dependency: 'error', milestone_past_target: 'moved', blocked_work: 'current',
        unowned_high_risk: 'default'};
    var PO = window.ProgramOffice;
    var byId = PO.byId;
    var format = PO.format;
    var element = PO.element;

    function init(section) {
        var context = section.dataset.contextPath || '';
        var key = section.dataset.programKey;
        var base = context + REST + '/programs/' + encodeURIComponent(key) + '/risks/suggestions';
        var text = section.dataset;
        var canDismiss = text.canDismiss === 'true';
        var form = byId('po-risks-form');
        var errors = byId('po-risks-errors');
        var status = byId('po-risks-status');
        var rows = byId('po-risks-rows');

        function call(method, path, body) {
            var headers = {'Accept': 'application/json'};
            if (body !== undefined) {
                headers['Content-Type'] = 'application/json';
                headers['X-Atlassian-Token'] = 'no-check';
            }
            return PO.fetchJson(base + path, {method: method, credentials: 'same-origin', headers: headers,
                body: body === undefined ? undefined : JSON.stringify(body)});
        }

        function issueLink(issueKey) {
            return PO.issueLink(context, issueKey, 'po-risks-key');
        }

        function kindCell(s) {
            var td = element('td');
            td.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle aui-lozenge-' +
                (KIND_LOZENGE[s.kind] || 'default'), section.getAttribute('data-text-kind-' + s.kind) || s.kind));
            return td;
        }

        var projects = null;

        function programProjects() {
            if (!projects) {
                projects = PO.fetchJson(context + REST + '/programs/' + encodeURIComponent(key),
                    {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                    .then(function (result) {
                        return result.ok && result.json.scope ? result.json.scope.projects : [];
                    });
            }
            return projects;
        }

        function field(f, name, id, labelText, input) {
            input.id = id;
            var group = element('div', 'field-group');
            var label = element('label', null, labelText);
            label.htmlFor = input.id;
            input.name = name;
            var fieldError = element('div', 'error');
            fieldError.setAttribute('data-error-for', name);
            group.appendChild(label);
            group.appendChild(input);
            group.appendChild(fieldError);
            f.appendChild(group);
            return input;
        }

        function levelSelect(value) {
            var select = element('select', 'select');
            select.appendChild(element('option', null, ''));
            [1, 2, 3, 4, 5].forEach(function (v) {
                var option = element('option', null, String(v));
                option.value = String(v);
                option.selected = value === v;
                select.appendChild(option);
            });
            return select;
        }

        /**
         * A form in a table row after {@code row}: {@code fill(form)} adds its fields, then an error box and the
         * confirm and cancel buttons (cancel removes the row). Returns the parts.
         */
        function rowForm(row, kind, confirmText, fill) {
            var tr = element('tr', 'po-risks-' + kind + '-row');
            var td = element('td');
            td.colSpan = 5;
            var f = element('form', 'aui po-form po-risks-' + kind);
            f.noValidate = true;
            fill(f);
            var box = element('div', 'aui-message aui-message-error hidden');
            var buttons = element('div', 'buttons');
            var confirm = element('button', 'aui-button aui-button-primary', confirmText);
            confirm.type = 'submit';
            var cancel = element('button', 'aui-button aui-button-link', text.textCancel);
            cancel.type = 'button';
            buttons.appendChild(confirm);
            buttons.appendChild(cancel);
            f.appendChild(box);
            f.appendChild(buttons);
            td.appendChild(f);
            tr.appendChild(td);
            cancel.addEventListener('click', function () {
                tr.remove();
            });
            row.after(tr);
            return {row: tr, form: f, box: box, confirm: confirm};
        }

        function createForm(s, row) {
            var idBase = 'po-risks-create-' + s.id.replace(/[^A-Za-z0-9_-]/g, '-');
            var project, summary, probability, impact;
            var parts = rowForm(row, 'create', text.textCreateConfirm, function (f) {
                project = field(f, 'project', idBase + '-project', text.textProject, element('select', 'select'));
                summary = field(f, 'summary', idBase + '-summary', text.textSummary,
                    element('input', 'text long-field'));
                summary.type = 'text';
                summary.maxLength = 255;
                summary.value = s.title;
                probability = field(f, 'probability', idBase + '-probability', text.textProbability,
                    levelSelect(s.probability));
                impact = field(f, 'impact', idBase + '-impact', text.textImpact, levelSelect(s.impact));
            });
            programProjects().then(function (keys) {
                var first = s.evidenceKeys.length ? s.evidenceKeys[0].split('-')[0] : null;
                keys.forEach(function (k) {
                    var option = element('option', null, k);
                    option.value = k;
                    option.selected = k === first;
                    project.appendChild(option);
                });
            });
            submit(parts, '/risk', function () {
                return {project: project.value, summary: summary.value, probability: probability.value || null,
                    impact: impact.value || null};
            }, function (created) {
                status.textContent = '';
                status.appendChild(document.createTextNode(format(text.textCreated, [created.key]) + ' '));
                status.appendChild(issueLink(created.key));
                section.dispatchEvent(new CustomEvent('po-risks-changed'));
                load(true);
            }, s);
            project.focus();
        }

        /** Posts the form's body to the suggestion's {@code path}; errors at their fields, else {@code done}. */
        function submit(parts, path, body, done, s) {
            parts.form.addEventListener('submit', function (event) {
                event.preventDefault();
                parts.confirm.disabled = true;
                PO.clearErrors(parts.form, parts.box);
                call('POST', '/' + encodeURIComponent(s.id) + path, body()).then(function (result) {
                    parts.confirm.disabled = false;
                    if (!result.ok) {
                        PO.showErrors(parts.form, parts.box, result.json, text.textFailed);
                        return;
                    }
                    done(result.json);
                });
            });
        }

        function dismissForm(s, row) {
            var area;
            var parts = rowForm(row, 'dismiss', text.textConfirm, function (f) {
                area = field(f, 'reason', 'po-risks-reason-' + s.id.replace(/[^A-Za-z0-9_-]/g, '-'),
                    text.textReasonLabel, element('textarea', 'textarea long-field'));
                area.rows = 2;
                area.maxLength = 1000;
            });
            submit(parts, '/dismissal', function () {
                return {reason: area.value};
            }, function () {
                status.textContent = format(text.textDone, [s.title]);
                load();
            }, s);
            area.focus();
        }

        function render(list, keepStatus) {
            rows.textContent = '';
            var open = list.filter(function (s) {
                return !s.dismissal;
            }).length;
            if (!keepStatus) {
                status.textContent = list.length ? format(text.textCount, [open, list.length - open]) : text.textEmpty;
            }
            list.forEach(function (s) {
                var tr = element('tr', s.dismissal ? 'po-risks-dismissed' : null);
                tr.setAttribute('data-suggestion', s.id);
                tr.appendChild(kindCell(s));
                var risk = element('td');
                risk.appendChild(element('div', 'po-risks-title', s.title));
                if (s.dismissal) {
                    risk.appendChild(element('div', 'po-risks-dismissal', format(text.textDismissed,
                        [s.dismissal.by, s.dismissal.at.substring(0, 10), s.dismissal.reason])));
                }
                tr.appendChild(risk);
                var evidence = element('td');
                evidence.appendChild(element('div', null, s.evidence));
                var keys = element('div', 'po-risks-keys');
                s.evidenceKeys.forEach(function (k) {
                    keys.appendChild(issueLink(k));
                    keys.appendChild(document.createTextNode(' '));
                });
                evidence.appendChild(keys);
                tr.appendChild(evidence);
                tr.appendChild(element('td', null, s.probability ? format(text.textRating,
                    [s.probability, s.impact, s.probability * s.impact]) : ''));
                var actions = element('td', 'po-risks-actions');
                if (s.createsRisk && !s.dismissal) {
                    var create = element('button', 'aui-button po-risks-create-button', text.textCreate);
                    create.type = 'button';
                    create.addEventListener('click', function () {
                        if (!tr.nextSibling || !tr.nextSibling.classList.contains('po-risks-create-row')) {
                            createForm(s, tr);
                        }
                    });
                    actions.appendChild(create);
                    actions.appendChild(document.createTextNode(' '));
                }
                if (canDismiss && !s.dismissal) {
                    var button = element('button', 'aui-button', text.textDismiss);
                    button.type = 'button';
                    button.addEventListener('click', function () {
                        if (!tr.nextSibling || !tr.nextSibling.classList.contains('po-risks-dismiss-row')) {
                            dismissForm(s, tr);
                        }
                    });
                    actions.appendChild(button);
                }
                tr.appendChild(actions);
                rows.appendChild(tr);
            });
        }

        function load(keepStatus) {
            section.classList.remove('po-risks-loaded');
            PO.clearErrors(form, errors);
            var dismissed = byId('po-risks-show-dismissed').checked;
            return call('GET', dismissed ? '?dismissed=true' : '').then(function (result) {
                if (!result.ok) {
                    PO.showErrors(form, errors, result.json, text.textFailed);
                    return;
                }
                render(result.json, keepStatus === true);
                section.classList.add('po-risks-loaded');
            });
        }

        byId('po-risks-show-dismissed').addEventListener('change', load);
        status.textContent = text.textLoading;
        load();
    }

    PO.onReady(function () {
        var section = byId('program-office-risks');
        if (section) {
            init(section);
        }
    });
}());
