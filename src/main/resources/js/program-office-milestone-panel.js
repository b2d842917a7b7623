/*
 * Program Office: the issue view's "Milestones this issue feeds" panel. The server renders a shell holding only the
 * issue key; this script fetches GET /issues/{key}/milestones as the viewer and lists each milestone the issue feeds:
 * its name (a link to the program page's Milestones tab), program, target date, RAG lozenge in words, P85 forecast and
 * on-time chance, a "critical path" marker when the issue is on the milestone's critical path, and the status's main
 * reason. When the issue feeds no milestone the whole panel is hidden, as Jira hides its own empty issue panels.
 * Values only ever reach the page through textContent and attributes, never as HTML.
 */
(function () {
    'use strict';

    var REST = '/rest/program-office/1.0';
    var TEXT = {
        failed: AJS.I18n.getText('program-office.milestone-panel.failed'),
        target: AJS.I18n.getText('program-office.milestone-panel.target'),
        p85: AJS.I18n.getText('program-office.milestone-panel.p85'),
        noForecast: AJS.I18n.getText('program-office.milestone-panel.noForecast'),
        onTime: AJS.I18n.getText('program-office.milestone-panel.onTime'),
        critical: AJS.I18n.getText('program-office.milestone-panel.critical'),
        criticalTitle: AJS.I18n.getText('program-office.milestone-panel.critical.title'),
        rag: {
            GREEN: AJS.I18n.getText('program-office.milestone-panel.rag.GREEN'),
            AMBER: AJS.I18n.getText('program-office.milestone-panel.rag.AMBER'),
            RED: AJS.I18n.getText('program-office.milestone-panel.rag.RED')
        }
    };
    var LOZENGE = {GREEN: 'success', AMBER: 'moved', RED: 'error'};
    var PO = window.ProgramOffice;
    var element = PO.element;
    var format = PO.format;
    var contextPath = PO.contextPath;

    function lozenge(rag) {
        var span = element('span', 'aui-lozenge aui-lozenge-' + (LOZENGE[rag] || 'default') + ' po-milestone-rag',
            TEXT.rag[rag] || rag);
        span.dataset.rag = rag;
        return span;
    }

    function row(m) {
        var li = element('li', 'po-milestone');
        li.dataset.milestoneId = String(m.milestoneId);
        li.dataset.program = m.programKey;
        li.dataset.rag = m.rag;
        li.dataset.critical = String(m.critical);
        var head = element('div', 'po-milestone-head');
        var link = element('a', 'po-milestone-name', m.name);
        link.href = contextPath() + '/plugins/servlet/program-office/program?key=' + encodeURIComponent(m.programKey)
            + '&tab=milestones';
        head.appendChild(link);
        head.appendChild(element('span', 'po-milestone-program', m.programName));
        head.appendChild(lozenge(m.rag));
        if (m.critical) {
            var critical = element('span', 'aui-lozenge aui-lozenge-subtle po-milestone-critical', TEXT.critical);
            critical.title = TEXT.criticalTitle;
            head.appendChild(critical);
        }
        li.appendChild(head);
        var meta = element('div', 'po-milestone-meta');
        meta.appendChild(element('span', 'po-milestone-target', format(TEXT.target, [m.targetDate])));
        meta.appendChild(element('span', 'po-milestone-p85', m.p85 ? format(TEXT.p85, [m.p85]) : TEXT.noForecast));
        if (m.probabilityOnTime !== null && m.probabilityOnTime !== undefined) {
            meta.appendChild(element('span', 'po-milestone-ontime',
                format(TEXT.onTime, [Math.round(m.probabilityOnTime * 100)])));
        }
        li.appendChild(meta);
        if (m.reason) {
            li.appendChild(element('div', 'po-milestone-reason', m.reason));
        }
        return li;
    }

    /** The panel's frame (the issue view's module around it), hidden when the issue feeds no milestone. */
    function frame(panel) {
        return panel.closest('.module') || panel;
    }

    function show(panel, milestones) {
        var list = panel.querySelector('.po-milestone-list');
        var status = panel.querySelector('.po-milestone-status');
        list.textContent = '';
        if (!milestones.length) {
            frame(panel).hidden = true;
            panel.dataset.state = 'empty';
            return;
        }
        status.remove();
        milestones.forEach(function (m) {
            list.appendChild(row(m));
        });
        panel.dataset.state = 'loaded';
    }

    function load(panel) {
        var url = contextPath() + REST + '/issues/' + encodeURIComponent(panel.dataset.issueKey) + '/milestones';
        return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.ok ? response.json() : Promise.reject(new Error(String(response.status)));
            })
            .then(function (milestones) {
                show(panel, Array.isArray(milestones) ? milestones : []);
            }, function () {
                panel.querySelector('.po-milestone-status').textContent = TEXT.failed;
                panel.dataset.state = 'failed';
            });
    }

    PO.onReady(function () {
        var panel = document.getElementById('po-milestone-panel');
        if (panel && panel.dataset.issueKey) {
            load(panel);
        }
    });
}());
