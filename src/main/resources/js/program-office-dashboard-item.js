/*
 * Dashboard item "Program overview": one program's progress by status category (a stacked bar with counts) and by
 * team (a row per team with its share done), from the Program Office REST API, counting only issues the viewer may
 * see (the API filters them). Jira's dashboard constructs the module with its dashboard item API and calls
 * render(context, preferences) and, for editing, renderEdit(context, preferences); the chosen program is saved with
 * API.savePreferences({programKey: KEY}). Every value is written with DOM text APIs, never as HTML.
 *
 * Dashboard item API names (constructor(API), render, renderEdit, API.isEditable, savePreferences, setTitle,
 * showLoadingBar, hideLoadingBar, closeEdit, getGadgetId, resize) as documented in
 * https://developer.atlassian.com/server/jira/platform/building-a-dashboard-item/ and typed in
 * hayleyross/jira-example-dashboard-item@33fb7ac src/main/resources/typings/custom/DashboardItemAPI.d.ts;
 * 'wrm/context-path' is provided by com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path
 * (atlassian-webresource-webpack-plugin's provided dependencies).
 */
define('program-office/dashboard-item/program-overview', ['wrm/context-path'], function (contextPath) {
    'use strict';

    var REST = '/rest/program-office/1.0';
    var CATEGORIES = ['new', 'indeterminate', 'done'];
    var TEXT = {
        title: AJS.I18n.getText('program-office.dashboard.title'),
        program: AJS.I18n.getText('program-office.dashboard.program'),
        save: AJS.I18n.getText('program-office.dashboard.save'),
        cancel: AJS.I18n.getText('program-office.dashboard.cancel'),
        notConfigured: AJS.I18n.getText('program-office.dashboard.notConfigured'),
        noPrograms: AJS.I18n.getText('program-office.dashboard.noPrograms'),
        issues: AJS.I18n.getText('program-office.dashboard.issues'),
        byStatus: AJS.I18n.getText('program-office.dashboard.byStatus'),
        byTeam: AJS.I18n.getText('program-office.dashboard.byTeam'),
        noTeam: AJS.I18n.getText('program-office.dashboard.noTeam'),
        percentDone: AJS.I18n.getText('program-office.dashboard.percentDone'),
        teamCount: AJS.I18n.getText('program-office.dashboard.teamCount'),
        teamsUnavailable: AJS.I18n.getText('program-office.dashboard.teamsUnavailable'),
        loadFailed: AJS.I18n.getText('program-office.dashboard.loadFailed'),
        open: AJS.I18n.getText('program-office.dashboard.open'),
        category: {
            'new': AJS.I18n.getText('program-office.status.category.new'),
            'indeterminate': AJS.I18n.getText('program-office.status.category.indeterminate'),
            'done': AJS.I18n.getText('program-office.status.category.done')
        }
    };

    /** The pattern with {0}, {1}, ... replaced by the arguments after it. */
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

    function percent(part, whole) {
        return whole > 0 ? Math.floor(part * 100 / whole) : 0;
    }

    function ProgramOverview(API) {
        this.API = API;
    }

    ProgramOverview.prototype.render = function (context, preferences) {
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
        var encoded = encodeURIComponent(key);
        API.showLoadingBar();
        var summary = getJson('/programs/' + encoded + '/summary');
        var view = getJson('/programs/' + encoded + '/view?groupBy=team').catch(function () {
            return null;
        });
        Promise.all([summary, view]).then(function (results) {
            API.hideLoadingBar();
            // the title takes only the key (validated [A-Z][A-Z0-9_]): the host may render titles as markup;
            // the name, free text, goes into the body as text
            API.setTitle(TEXT.title + ': ' + results[0].key);
            node.appendChild(overview(results[0], results[1], key));
            API.resize();
        }, function () {
            API.hideLoadingBar();
            node.appendChild(el('div', 'aui-message aui-message-warning po-dash-message', TEXT.loadFailed));
            API.resize();
        });
    };

    ProgramOverview.prototype.renderEdit = function (context, preferences) {
        var API = this.API;
        var node = root(context);
        var current = preferences && preferences.programKey;
        var form = el('form', 'aui po-dash-config');
        var group = el('div', 'field-group');
        var id = 'po-dash-program-' + String(API.getGadgetId()).replace(/[^A-Za-z0-9_-]/g, '_');
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

    /** Every active program, page by page. */
    function programs(startAt, collected) {
        return getJson('/programs?archived=false&maxResults=100&startAt=' + startAt).then(function (page) {
            var all = collected.concat(page.values || []);
            var next = startAt + (page.values || []).length;
            return page.isLast || next >= page.total || !(page.values || []).length || all.length >= 1000
                ? all : programs(next, all);
        });
    }

    function overview(summary, view, key) {
        var box = el('div', 'po-dash');
        box.appendChild(el('p', 'po-dash-name', summary.name));
        var total = el('p', 'po-dash-total', format(TEXT.issues, summary.issues));
        total.setAttribute('data-issues', String(summary.issues));
        box.appendChild(total);

        box.appendChild(el('h3', 'po-dash-heading', TEXT.byStatus));
        var counts = summary.byStatusCategory || {};
        var sum = CATEGORIES.reduce(function (acc, category) {
            return acc + (counts[category] || 0);
        }, 0);
        var bar = el('div', 'po-dash-bar');
        bar.setAttribute('role', 'img');
        var legend = el('ul', 'po-dash-legend');
        var described = [];
        CATEGORIES.forEach(function (category) {
            var count = counts[category] || 0;
            var name = TEXT.category[category];
            described.push(name + ' ' + count);
            var segment = el('span', 'po-dash-segment po-dash-' + category);
            segment.style.width = (sum > 0 ? count * 100 / sum : 0) + '%';
            segment.setAttribute('title', name + ': ' + count);
            segment.setAttribute('data-category', category);
            segment.setAttribute('data-count', String(count));
            bar.appendChild(segment);
            var item = el('li', 'po-dash-legend-item');
            item.setAttribute('data-category', category);
            item.appendChild(el('span', 'po-dash-swatch po-dash-' + category));
            item.appendChild(el('span', 'po-dash-legend-name', name));
            item.appendChild(el('strong', 'po-dash-count', count));
            legend.appendChild(item);
        });
        bar.setAttribute('aria-label', described.join(', '));
        box.appendChild(bar);
        box.appendChild(legend);

        box.appendChild(el('h3', 'po-dash-heading', TEXT.byTeam));
        if (!view || !Array.isArray(view.groups)) {
            box.appendChild(el('p', 'po-dash-message po-dash-teams-unavailable', TEXT.teamsUnavailable));
        } else {
            var table = el('table', 'aui po-dash-teams');
            var body = el('tbody');
            view.groups.forEach(function (group) {
                var rollup = group.rollup || {};
                var issues = rollup.issues || 0;
                var done = rollup.done || 0;
                var share = percent(done, issues);
                var row = el('tr', 'po-dash-team');
                row.setAttribute('data-team', group.value === null || group.value === undefined ? '' : String(group.value));
                row.setAttribute('data-issues', String(issues));
                row.setAttribute('data-done', String(done));
                row.appendChild(el('th', 'po-dash-team-name', group.label || group.value || TEXT.noTeam));
                var meterCell = el('td', 'po-dash-team-meter');
                var meter = el('div', 'po-dash-meter');
                var fill = el('span', 'po-dash-meter-fill');
                fill.style.width = share + '%';
                meter.appendChild(fill);
                meterCell.appendChild(meter);
                row.appendChild(meterCell);
                row.appendChild(el('td', 'po-dash-team-percent', format(TEXT.percentDone, share)));
                row.appendChild(el('td', 'po-dash-team-count', format(TEXT.teamCount, done, issues)));
                body.appendChild(row);
            });
            table.appendChild(body);
            box.appendChild(table);
        }

        var open = el('a', 'po-dash-open', TEXT.open);
        open.href = contextPath() + '/plugins/servlet/program-office/program?key=' + encodeURIComponent(key);
        var footer = el('p', 'po-dash-footer');
        footer.appendChild(open);
        box.appendChild(footer);
        return box;
    }

    return ProgramOverview;
});
