/*
 * Program Office: the issue view's Dependencies panel. The server renders a shell holding only the issue key; this
 * script fetches GET /issues/{key}/dependencies as the viewer and lists what the issue waits on and what waits on it:
 * the other issue (or "an issue you can't see", which the REST answer gives without key or status), kind and lag,
 * state, needed-by date, health, and the moves the viewer may make (POSTed with Jira's XSRF header, then reloaded).
 * Viewers who may edit the issue (GET /issues/{key}/dependencies/proposal) also get "Propose dependency": an inline
 * form (the issue it waits on, a link type the program schemes map, needed-by, lag, note) POSTed to /dependencies;
 * the REST answer's field errors are shown at their fields, and on success the panel reloads.
 * Values only ever reach the page through textContent and attributes, never as HTML.
 */
(function () {
    'use strict';

    var REST = '/rest/program-office/1.0';
    var TEXT = {
        waitsOn: AJS.I18n.getText('program-office.dependency.panel.waitsOn'),
        waitedOnBy: AJS.I18n.getText('program-office.dependency.panel.waitedOnBy'),
        none: AJS.I18n.getText('program-office.dependency.panel.none'),
        hidden: AJS.I18n.getText('program-office.dependency.panel.hidden'),
        failed: AJS.I18n.getText('program-office.dependency.panel.failed'),
        notProposed: AJS.I18n.getText('program-office.dependency.panel.notProposed'),
        neededBy: AJS.I18n.getText('program-office.dependency.panel.neededBy'),
        lag: AJS.I18n.getText('program-office.dependency.panel.lag'),
        propose: AJS.I18n.getText('program-office.dependency.action.propose'),
        commit: AJS.I18n.getText('program-office.dependency.action.commit'),
        decline: AJS.I18n.getText('program-office.dependency.action.decline'),
        escalate: AJS.I18n.getText('program-office.dependency.action.escalate'),
        done: AJS.I18n.getText('program-office.dependency.action.done'),
        kind: AJS.I18n.getText('program-office.dependency.propose.kind'),
        state: {
            proposed: AJS.I18n.getText('program-office.dependency.state.proposed'),
            committed: AJS.I18n.getText('program-office.dependency.state.committed'),
            declined: AJS.I18n.getText('program-office.dependency.state.declined'),
            escalated: AJS.I18n.getText('program-office.dependency.state.escalated'),
            done: AJS.I18n.getText('program-office.dependency.state.done')
        },
        health: {
            'on-track': AJS.I18n.getText('program-office.dependency.health.on-track'),
            'at-risk': AJS.I18n.getText('program-office.dependency.health.at-risk'),
            'late': AJS.I18n.getText('program-office.dependency.health.late'),
            'blocked': AJS.I18n.getText('program-office.dependency.health.blocked')
        }
    };
    var LOZENGE = {'on-track': 'success', 'at-risk': 'current', 'late': 'error', 'blocked': 'error'};
    var PO = window.ProgramOffice;
    var element = PO.element;
    var format = PO.format;
    var contextPath = PO.contextPath;

    function endLabel(end) {
        if (end.hidden) {
            return element('span', 'po-dependency-hidden', TEXT.hidden);
        }
        var link = element('a', 'po-dependency-key', end.key);
        link.href = contextPath() + '/browse/' + encodeURIComponent(end.key);
        var wrap = element('span');
        wrap.appendChild(link);
        wrap.appendChild(element('span', 'po-dependency-issue-status', ' ' + end.status));
        return wrap;
    }

    function row(panel, dependency, other) {
        var li = element('li', 'po-dependency');
        li.dataset.linkId = String(dependency.linkId);
        li.dataset.state = dependency.state || 'none';
        li.dataset.health = dependency.health;
        var head = element('div', 'po-dependency-head');
        head.appendChild(endLabel(other));
        head.appendChild(element('span', 'po-dependency-kind',
            ' ' + dependency.kind + (dependency.lag ? ' ' + format(TEXT.lag, [dependency.lag]) : '')));
        li.appendChild(head);
        var meta = element('div', 'po-dependency-meta');
        meta.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle po-dependency-state',
            dependency.state ? (TEXT.state[dependency.state] || dependency.state) : TEXT.notProposed));
        meta.appendChild(element('span', 'aui-lozenge po-dependency-health aui-lozenge-'
            + (LOZENGE[dependency.health] || 'default'), TEXT.health[dependency.health] || dependency.health));
        if (dependency.neededBy) {
            meta.appendChild(element('span', 'po-dependency-needed', format(TEXT.neededBy, [dependency.neededBy])));
        }
        li.appendChild(meta);
        if (dependency.actions.length) {
            var actions = element('div', 'po-dependency-actions');
            dependency.actions.forEach(function (action) {
                var button = element('button', 'aui-button aui-button-compact po-dependency-action', TEXT[action]);
                button.type = 'button';
                button.dataset.action = action;
                button.addEventListener('click', function () {
                    move(panel, dependency, action, button);
                });
                actions.appendChild(button);
            });
            li.appendChild(actions);
        }
        return li;
    }

    function section(panel, title, dependencies, otherEnd) {
        var box = element('div', 'po-dependency-section');
        box.appendChild(element('h4', null, title));
        if (!dependencies.length) {
            box.appendChild(element('p', 'po-dependency-none', TEXT.none));
            return box;
        }
        var list = element('ul', 'po-dependency-list');
        dependencies.forEach(function (d) {
            list.appendChild(row(panel, d, d[otherEnd]));
        });
        box.appendChild(list);
        return box;
    }

    function show(panel, data) {
        var lists = panel.querySelector('.po-dependency-lists');
        lists.textContent = '';
        lists.appendChild(section(panel, TEXT.waitsOn, data.upstream, 'upstream'));
        lists.appendChild(section(panel, TEXT.waitedOnBy, data.downstream, 'downstream'));
        panel.querySelector('.po-dependency-status').textContent = '';
    }

    function failed(panel, body) {
        var message = TEXT.failed;
        if (body && body.errorMessages && body.errorMessages.length) {
            message = body.errorMessages.join(' ');
        } else if (body && body.errors) {
            message = Object.keys(body.errors).map(function (k) { return body.errors[k]; }).join(' ') || message;
        }
        panel.querySelector('.po-dependency-status').textContent = message;
    }

    function request(method, url, body) {
        return fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: body ? {'Content-Type': 'application/json', 'Accept': 'application/json',
                'X-Atlassian-Token': 'no-check'} : {'Accept': 'application/json'},
            body: body ? JSON.stringify(body) : undefined
        }).then(function (response) {
            return response.json().catch(function () { return null; }).then(function (json) {
                return {ok: response.ok, body: json};
            });
        });
    }

    function load(panel) {
        var url = contextPath() + REST + '/issues/' + encodeURIComponent(panel.dataset.issueKey) + '/dependencies';
        return request('GET', url).then(function (r) {
            if (r.ok) {
                show(panel, r.body);
            } else {
                failed(panel, r.body);
            }
        }, function () {
            failed(panel, null);
        });
    }

    function move(panel, dependency, action, button) {
        button.disabled = true;
        var url = contextPath() + REST + '/dependencies/' + dependency.linkId + '/transitions';
        request('POST', url, {action: action, version: dependency.version}).then(function (r) {
            if (r.ok) {
                return load(panel);
            }
            button.disabled = false;
            failed(panel, r.body);
            return null;
        }, function () {
            button.disabled = false;
            failed(panel, null);
        });
    }

    // ------------------------------------------------------------------ the proposal form

    function proposalForm(panel) {
        var open = panel.querySelector('#po-propose-open');
        var form = panel.querySelector('#po-propose-form');
        var types = panel.querySelector('#po-propose-type');
        var general = panel.querySelector('#po-propose-errors');
        if (!open || !form) {
            return;
        }

        function clearErrors() {
            PO.clearErrors(form, general);
        }

        function showErrors(body) {
            PO.showErrors(form, general, body, TEXT.failed);
        }

        function show(visible) {
            form.classList.toggle('hidden', !visible);
            open.classList.toggle('hidden', visible);
            open.setAttribute('aria-expanded', String(visible));
            if (visible) {
                form.querySelector('#po-propose-to').focus();
            } else {
                form.reset();
                clearErrors();
            }
        }

        function value(name) {
            return form.querySelector('[name="' + name + '"]').value.trim();
        }

        open.addEventListener('click', function () {
            show(true);
        });
        form.querySelector('#po-propose-cancel').addEventListener('click', function () {
            show(false);
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var submit = form.querySelector('#po-propose-submit');
            var lag = value('lag');
            var body = {from: panel.dataset.issueKey, to: value('to'), type: value('type')};
            if (value('neededBy')) {
                body.neededBy = value('neededBy');
            }
            if (lag) {
                body.lag = /^-?\d+$/.test(lag) ? Number(lag) : lag;
            }
            if (value('note')) {
                body.note = value('note');
            }
            submit.disabled = true;
            clearErrors();
            request('POST', contextPath() + REST + '/dependencies', body).then(function (r) {
                submit.disabled = false;
                if (r.ok) {
                    show(false);
                    return load(panel);
                }
                showErrors(r.body);
                return null;
            }, function () {
                submit.disabled = false;
                showErrors(null);
            });
        });

        var url = contextPath() + REST + '/issues/' + encodeURIComponent(panel.dataset.issueKey)
            + '/dependencies/proposal';
        request('GET', url).then(function (r) {
            if (r.ok && r.body && r.body.allowed) {
                r.body.linkTypes.forEach(function (t) {
                    types.appendChild(new Option(format(TEXT.kind, [t.name, t.kind]), t.name));
                });
                open.classList.remove('hidden');
            }
        });
    }

    PO.onReady(function () {
        var panel = document.getElementById('po-dependency-panel');
        if (panel && panel.dataset.issueKey) {
            load(panel);
            proposalForm(panel);
        }
    });
}());
