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
define('program-office/dashboard-item/program-overview', ['program-office/dashboard-item/common'], function (common) {
    'use strict';

    var el = common.el;
    var format = common.format;
    var getJson = common.getJson;

    var CATEGORIES = ['new', 'indeterminate', 'done'];
    var TEXT = {
        title: AJS.I18n.getText('program-office.dashboard.title'),
        issues: AJS.I18n.getText('program-office.dashboard.issues'),
        byStatus: AJS.I18n.getText('program-office.dashboard.byStatus'),
        byTeam: AJS.I18n.getText('program-office.dashboard.byTeam'),
        noTeam: AJS.I18n.getText('program-office.dashboard.noTeam'),
        percentDone: AJS.I18n.getText('program-office.dashboard.percentDone'),
        teamCount: AJS.I18n.getText('program-office.dashboard.teamCount'),
        teamsUnavailable: AJS.I18n.getText('program-office.dashboard.teamsUnavailable'),
        open: AJS.I18n.getText('program-office.dashboard.open'),
        category: {
            'new': AJS.I18n.getText('program-office.status.category.new'),
            'indeterminate': AJS.I18n.getText('program-office.status.category.indeterminate'),
            'done': AJS.I18n.getText('program-office.status.category.done')
        }
    };

    function percent(part, whole) {
        return whole > 0 ? Math.floor(part * 100 / whole) : 0;
    }

    function ProgramOverview(API) {
        this.API = API;
    }

    ProgramOverview.prototype.render = function (context, preferences) {
        common.renderProgram(this.API, context, preferences, 'po-dash-program-', TEXT.title, function (encodedKey) {
            var summary = getJson('/programs/' + encodedKey + '/summary');
            var view = getJson('/programs/' + encodedKey + '/view?groupBy=team').catch(function () {
                return null;
            });
            return Promise.all([summary, view]);
        }, function (results, key) {
            return overview(results[0], results[1], key);
        });
    };

    ProgramOverview.prototype.renderEdit = function (context, preferences) {
        common.programPicker(this.API, context, preferences, 'po-dash-program-');
    };

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

        box.appendChild(common.footer(TEXT.open, common.programPage(key)));
        return box;
    }

    return ProgramOverview;
});
