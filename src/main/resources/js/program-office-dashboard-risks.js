/*
 * Dashboard item "Program risks": one program's open risks, from the risks the viewer may see (the API filters them):
 * the exposure line (open risks, exposure as the sum of residual scores, high risks), the top five by residual score
 * (GET /programs/{key}/risks?maxResults=5, which orders by residual score, highest first) and the 5x5 heat map of
 * open risks by residual probability and impact (GET /programs/{key}/risks/heatmap), coloured by score as on the
 * program page's Risks tab. A program whose scheme keeps no risks gets a message instead. Jira's dashboard constructs
 * the module with its dashboard item API and calls render(context, preferences) and, for editing,
 * renderEdit(context, preferences); the chosen program is saved with API.savePreferences({programKey: KEY}), as the
 * Program overview item does (see program-office-dashboard-item.js for the API's sources). Every value is written
 * with DOM text APIs, never as HTML.
 */
define('program-office/dashboard-item/program-risks', ['program-office/dashboard-item/common'], function (common) {
    'use strict';

    var el = common.el;
    var format = common.format;
    var getJson = common.getJson;

    var TOP = 5;
    var SCALE = [1, 2, 3, 4, 5];
    var TEXT = {
        title: AJS.I18n.getText('program-office.dashboard.risks.title'),
        summary: AJS.I18n.getText('program-office.dashboard.risks.summary'),
        top: AJS.I18n.getText('program-office.dashboard.risks.top'),
        heatmap: AJS.I18n.getText('program-office.dashboard.risks.heatmap'),
        none: AJS.I18n.getText('program-office.dashboard.risks.none'),
        disabled: AJS.I18n.getText('program-office.dashboard.risks.disabled'),
        noOwner: AJS.I18n.getText('program-office.dashboard.risks.noOwner'),
        undecided: AJS.I18n.getText('program-office.dashboard.risks.undecided'),
        unscored: AJS.I18n.getText('program-office.dashboard.risks.unscored'),
        open: AJS.I18n.getText('program-office.dashboard.risks.open'),
        key: AJS.I18n.getText('program-office.risks.column.key'),
        riskSummary: AJS.I18n.getText('program-office.risks.column.summary'),
        score: AJS.I18n.getText('program-office.risks.column.residualScore'),
        roam: AJS.I18n.getText('program-office.risks.column.roam'),
        owner: AJS.I18n.getText('program-office.risks.column.owner'),
        probability: AJS.I18n.getText('program-office.risks.column.probability'),
        caption: AJS.I18n.getText('program-office.risks.heatmap.caption'),
        cell: AJS.I18n.getText('program-office.risks.heatmap.cell'),
        axes: AJS.I18n.getText('program-office.risks.heatmap.axes'),
        unassessed: AJS.I18n.getText('program-office.dashboard.risks.unassessed'),
        roamState: {
            owned: AJS.I18n.getText('program-office.risk.roam.owned'),
            accepted: AJS.I18n.getText('program-office.risk.roam.accepted'),
            mitigated: AJS.I18n.getText('program-office.risk.roam.mitigated'),
            resolved: AJS.I18n.getText('program-office.risk.roam.resolved')
        }
    };
    /** AUI lozenge of each ROAM state, as in the program page's risk register. */
    var LOZENGE = {owned: 'current', accepted: 'moved', mitigated: 'success', resolved: 'default'};

    /** The heat of a score (probability x impact), as the program page's heat map colours its cells. */
    function heat(score) {
        return score >= 15 ? 'high' : score >= 8 ? 'medium' : score >= 4 ? 'low' : 'minimal';
    }

    function ProgramRisks(API) {
        this.API = API;
    }

    ProgramRisks.prototype.render = function (context, preferences) {
        common.renderProgram(this.API, context, preferences, 'po-dash-risks-program-', TEXT.title,
            function (encodedKey) {
                var base = '/programs/' + encodedKey + '/risks';
                return Promise.all([getJson(base + '/heatmap'), getJson(base + '?maxResults=' + TOP)]);
            }, function (results, key) {
                return risks(results[0], results[1], key);
            });
    };

    ProgramRisks.prototype.renderEdit = function (context, preferences) {
        common.programPicker(this.API, context, preferences, 'po-dash-risks-program-');
    };

    function risks(map, page, key) {
        var box = el('div', 'po-dash po-dash-risks');
        if (!map.enabled) {
            box.appendChild(el('div', 'aui-message aui-message-info po-dash-message po-dash-risks-disabled',
                TEXT.disabled));
            return box;
        }
        var line = el('p', 'po-dash-total po-dash-risks-summary', format(TEXT.summary, map.open, map.exposure,
            map.high));
        line.setAttribute('data-open', String(map.open));
        line.setAttribute('data-exposure', String(map.exposure));
        line.setAttribute('data-high', String(map.high));
        box.appendChild(line);

        box.appendChild(el('h3', 'po-dash-heading', TEXT.top));
        if (!page.values.length) {
            box.appendChild(el('p', 'po-dash-message po-dash-risks-none', TEXT.none));
        } else {
            box.appendChild(topRisks(page.values));
        }

        box.appendChild(el('h3', 'po-dash-heading', TEXT.heatmap));
        var layout = el('div', 'po-dash-heat-layout');
        layout.appendChild(heatMap(map.cells));
        var notes = el('div', 'po-dash-heat-notes');
        notes.appendChild(el('p', null, TEXT.axes));
        if (map.unassessed) {
            notes.appendChild(el('p', 'po-dash-heat-unassessed', format(TEXT.unassessed, map.unassessed)));
        }
        layout.appendChild(notes);
        box.appendChild(layout);

        box.appendChild(common.footer(TEXT.open, common.programPage(key, 'risks')));
        return box;
    }

    function topRisks(values) {
        var t = common.table('po-dash-risk-table', [TEXT.key, TEXT.riskSummary, TEXT.score, TEXT.roam, TEXT.owner]);
        values.forEach(function (r) {
            var row = el('tr', 'po-dash-risk');
            row.setAttribute('data-risk', r.key);
            var keyCell = el('td', 'po-dash-risk-key');
            var a = el('a', null, r.key);
            a.href = common.contextPath() + '/browse/' + encodeURIComponent(r.key);
            keyCell.appendChild(a);
            row.appendChild(keyCell);
            row.appendChild(el('td', 'po-dash-risk-summary', r.summary || ''));
            var score = el('td', 'po-dash-risk-score');
            if (typeof r.residualScore === 'number') {
                var badge = el('span', 'po-dash-risk-badge po-heat-' + heat(r.residualScore),
                    r.residualScore);
                badge.setAttribute('data-high', String(!!r.high));
                score.appendChild(badge);
            } else {
                score.textContent = TEXT.unscored;
            }
            row.appendChild(score);
            var roam = el('td', 'po-dash-risk-roam');
            roam.setAttribute('data-roam', r.roam || '');
            roam.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle aui-lozenge-'
                + (LOZENGE[r.roam] || 'default'), TEXT.roamState[r.roam] || TEXT.undecided));
            row.appendChild(roam);
            row.appendChild(el('td', 'po-dash-risk-owner', r.ownerName || r.owner || TEXT.noOwner));
            t.body.appendChild(row);
        });
        return t.table;
    }

    /** The counts of open risks, probability 5 at the top to 1, impact 1 on the left to 5 (cells[p - 1][i - 1]). */
    function heatMap(cells) {
        var t = el('table', 'po-dash-heatmap');
        t.appendChild(el('caption', 'assistive', TEXT.caption));
        var head = el('tr');
        head.appendChild(el('th', null)).appendChild(el('span', 'assistive', TEXT.probability));
        SCALE.forEach(function (impact) {
            var th = el('th', null, impact);
            th.scope = 'col';
            head.appendChild(th);
        });
        var thead = el('thead');
        thead.appendChild(head);
        t.appendChild(thead);
        var body = el('tbody');
        SCALE.slice().reverse().forEach(function (probability) {
            var row = el('tr');
            var th = el('th', null, probability);
            th.scope = 'row';
            row.appendChild(th);
            SCALE.forEach(function (impact) {
                var count = cells[probability - 1][impact - 1];
                var td = el('td', 'po-dash-heat-cell po-heat-' + heat(probability * impact)
                    + (count ? '' : ' po-dash-heat-empty'), count);
                td.setAttribute('data-probability', String(probability));
                td.setAttribute('data-impact', String(impact));
                td.setAttribute('data-count', String(count));
                td.title = format(TEXT.cell, probability, impact, count);
                row.appendChild(td);
            });
            body.appendChild(row);
        });
        t.appendChild(body);
        return t;
    }

    return ProgramRisks;
});
