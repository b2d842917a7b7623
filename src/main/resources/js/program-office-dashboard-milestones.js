/*
 * Dashboard item "Program milestones": one program's milestones (name, target date, RAG lozenge in words, P85
 * forecast and the chance of finishing on time) from GET /programs/{key}/milestones, computed over the issues the
 * viewer may see (the API filters them). Jira's dashboard constructs the module with its dashboard item API and calls
 * render(context, preferences) and, for editing, renderEdit(context, preferences); the chosen program is saved with
 * API.savePreferences({programKey: KEY}), as the Program overview item does (see program-office-dashboard-item.js for
 * the API's sources). Every value is written with DOM text APIs, never as HTML.
 */
define('program-office/dashboard-item/program-milestones', ['wrm/context-path'], function (contextPath) {
    'use strict';

    var REST = '/rest/program-office/1.0';
    var TEXT = {
        title: AJS.I18n.getText('program-office.dashboard.milestones.title'),
        program: AJS.I18n.getText('program-office.dashboard.program'),
        save: AJS.I18n.getText('program-office.dashboard.save'),
        cancel: AJS.I18n.getText('program-office.dashboard.cancel'),
        notConfigured: AJS.I18n.getText('program-office.dashboard.notConfigured'),
        noPrograms: AJS.I18n.getText('program-office.dashboard.noPrograms'),
        loadFailed: AJS.I18n.getText('program-office.dashboard.loadFailed'),
        none: AJS.I18n.getText('program-office.dashboard.milestones.none'),
        milestone: AJS.I18n.getText('program-office.dashboard.milestones.milestone'),
        target: AJS.I18n.getText('program-office.dashboard.milestones.target'),
        status: AJS.I18n.getText('program-office.dashboard.milestones.status'),
        p85: AJS.I18n.getText('program-office.dashboard.milestones.p85'),
        onTime: AJS.I18n.getText('program-office.dashboard.milestones.onTime'),
        percent: AJS.I18n.getText('program-office.dashboard.milestones.percent'),
        noForecast: AJS.I18n.getText('program-office.dashboard.milestones.noForecast'),
        open: AJS.I18n.getText('program-office.dashboard.milestones.open'),
        rag: {
            GREEN: AJS.I18n.getText('program-office.milestone-panel.rag.GREEN'),
            AMBER: AJS.I18n.getText('program-office.milestone-panel.rag.AMBER'),
            RED: AJS.I18n.getText('program-office.milestone-panel.rag.RED')
        }
    };
    var LOZENGE = {GREEN: 'success', AMBER: 'moved', RED: 'error'};

    function format(pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        return pattern.replace(/\{(\d+)[^}]*\}/g, function (match, index) {
            return index < args.length ? String(args[index]) : match;
        });
    }

    /** An element with classes and optional text (set as text, never parsed as HTML). */
    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    function root(context) {
        var node = context && context.jquery ? context[0] : context;
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    }

    function getJson(path) {
        return fetch(contextPath() + REST + path, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.json();
            });
    }

    /** Every active program, page by page. */
    function programs(startAt, collected) {
        return getJson('/programs?archived=false&maxResults=100&startAt=' + startAt).then(function (page) {
            var all = collected.concat(page.values || []);
            var next = startAt + (page.values || []).length;
            return page.isLast || next >= page.total || !(page.values || []).length || all.length >= 1000
                ? all : programs(next, all);
        });
    }

    function ProgramMilestones(API) {
        this.API = API;
    }

    ProgramMilestones.prototype.render = function (context, preferences) {
        var API = this.API;
        var node = root(context);
        var key = preferences && preferences.programKey;
        if (!key) {
            if (API.isEditable()) {
                this.renderEdit(context, preferences);
            } else {
                node.appendChild(el('p', 'po-dash-message', TEXT.notConfigured));
            }
            return;
        }
        API.showLoadingBar();
        getJson('/programs/' + encodeURIComponent(key) + '/milestones').then(function (milestones) {
            API.hideLoadingBar();
            // the title takes only the key (validated [A-Z][A-Z0-9_]): the host may render titles as markup
            API.setTitle(TEXT.title + ': ' + key);
            node.appendChild(table(milestones, key));
            API.resize();
        }, function () {
            API.hideLoadingBar();
            node.appendChild(el('div', 'aui-message aui-message-warning po-dash-message', TEXT.loadFailed));
            API.resize();
        });
    };

    ProgramMilestones.prototype.renderEdit = function (context, preferences) {
        var API = this.API;
        var node = root(context);
        var current = preferences && preferences.programKey;
        var form = el('form', 'aui po-dash-config');
        var group = el('div', 'field-group');
        var id = 'po-dash-milestones-program-' + String(API.getGadgetId()).replace(/[^A-Za-z0-9_-]/g, '_');
        var label = el('label', null, TEXT.program);
        label.setAttribute('for', id);
        var select = el('select', 'select po-dash-program');
        select.id = id;
        select.name = 'programKey';
        group.appendChild(label);
        group.appendChild(select);
        var buttons = el('div', 'buttons');
        var save = el('button', 'aui-button aui-button-primary po-dash-save', TEXT.save);
        save.type = 'submit';
        save.disabled = true;
        buttons.appendChild(save);
        if (current) {
            var cancel = el('button', 'aui-button aui-button-link po-dash-cancel', TEXT.cancel);
            cancel.type = 'button';
            cancel.addEventListener('click', function () {
                API.closeEdit();
            });
            buttons.appendChild(cancel);
        }
        var container = el('div', 'buttons-container');
        container.appendChild(buttons);
        form.appendChild(group);
        form.appendChild(container);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (select.value) {
                API.showLoadingBar();
                API.savePreferences({programKey: select.value});
            }
        });
        node.appendChild(form);
        API.showLoadingBar();
        programs(0, []).then(function (values) {
            API.hideLoadingBar();
            if (values.length === 0) {
                form.insertBefore(el('p', 'po-dash-message', TEXT.noPrograms), group);
            }
            values.forEach(function (program) {
                var option = el('option', null, program.key + ' \u2013 ' + program.name);
                option.value = program.key;
                option.selected = program.key === current;
                select.appendChild(option);
            });
            save.disabled = values.length === 0;
            API.resize();
        }, function () {
            API.hideLoadingBar();
            form.insertBefore(el('div', 'aui-message aui-message-warning po-dash-message', TEXT.loadFailed), group);
            API.resize();
        });
    };

    function table(milestones, key) {
        var box = el('div', 'po-dash po-dash-milestones');
        var link = contextPath() + '/plugins/servlet/program-office/program?key=' + encodeURIComponent(key)
            + '&tab=milestones';
        if (!milestones.length) {
            box.appendChild(el('p', 'po-dash-message po-dash-milestones-none', TEXT.none));
        } else {
            var t = el('table', 'aui po-dash-milestone-table');
            var head = el('tr');
            [TEXT.milestone, TEXT.target, TEXT.status, TEXT.p85, TEXT.onTime].forEach(function (text) {
                head.appendChild(el('th', null, text));
            });
            var thead = el('thead');
            thead.appendChild(head);
            t.appendChild(thead);
            var body = el('tbody');
            milestones.forEach(function (m) {
                var row = el('tr', 'po-dash-milestone');
                row.setAttribute('data-milestone-id', String(m.id));
                row.setAttribute('data-rag', m.rag);
                var name = el('td', 'po-dash-milestone-name');
                var a = el('a', null, m.name);
                a.href = link;
                name.appendChild(a);
                row.appendChild(name);
                row.appendChild(el('td', 'po-dash-milestone-target', m.targetDate));
                var status = el('td', 'po-dash-milestone-rag');
                var lozenge = el('span', 'aui-lozenge aui-lozenge-' + (LOZENGE[m.rag] || 'default'),
                    TEXT.rag[m.rag] || m.rag);
                if (m.reasons && m.reasons.length) {
                    lozenge.title = m.reasons[0];
                }
                status.appendChild(lozenge);
                row.appendChild(status);
                var f = m.forecast;
                row.appendChild(el('td', 'po-dash-milestone-p85', f ? f.p85 : TEXT.noForecast));
                row.appendChild(el('td', 'po-dash-milestone-ontime', f && typeof f.probabilityOnTime === 'number'
                    ? format(TEXT.percent, Math.round(f.probabilityOnTime * 100)) : TEXT.noForecast));
                body.appendChild(row);
            });
            t.appendChild(body);
            box.appendChild(t);
        }
        var open = el('a', 'po-dash-open', TEXT.open);
        open.href = link;
        var footer = el('p', 'po-dash-footer');
        footer.appendChild(open);
        box.appendChild(footer);
        return box;
    }

    return ProgramMilestones;
});
