/*
 * Dashboard item "Program milestones": one program's milestones (name, target date, RAG lozenge in words, P85
 * forecast and the chance of finishing on time) from GET /programs/{key}/milestones, computed over the issues the
 * viewer may see (the API filters them). Jira's dashboard constructs the module with its dashboard item API and calls
 * render(context, preferences) and, for editing, renderEdit(context, preferences); the chosen program is saved with
 * API.savePreferences({programKey: KEY}), as the Program overview item does (see program-office-dashboard-item.js for
 * the API's sources). Every value is written with DOM text APIs, never as HTML.
 */
define('program-office/dashboard-item/program-milestones', ['program-office/dashboard-item/common'], function (common) {
    'use strict';

    var el = common.el;
    var format = common.format;
    var getJson = common.getJson;

    var TEXT = {
        title: AJS.I18n.getText('program-office.dashboard.milestones.title'),
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

    function ProgramMilestones(API) {
        this.API = API;
    }

    ProgramMilestones.prototype.render = function (context, preferences) {
        common.renderProgram(this.API, context, preferences, 'po-dash-milestones-program-', TEXT.title,
            function (encodedKey) {
                return getJson('/programs/' + encodedKey + '/milestones');
            }, milestoneTable);
    };

    ProgramMilestones.prototype.renderEdit = function (context, preferences) {
        common.programPicker(this.API, context, preferences, 'po-dash-milestones-program-');
    };

    function milestoneTable(milestones, key) {
        var box = el('div', 'po-dash po-dash-milestones');
        var link = common.programPage(key, 'milestones');
        if (!milestones.length) {
            box.appendChild(el('p', 'po-dash-message po-dash-milestones-none', TEXT.none));
        } else {
            var t = common.table('po-dash-milestone-table',
                [TEXT.milestone, TEXT.target, TEXT.status, TEXT.p85, TEXT.onTime]);
            var body = t.body;
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
            box.appendChild(t.table);
        }
        box.appendChild(common.footer(TEXT.open, link));
        return box;
    }

    return ProgramMilestones;
});
