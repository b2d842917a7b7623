/*
 * Program Office: the Team matrix tab of a program page. The page renders the state filter (all text from the
 * server's i18n, texts for the script in data-text-* attributes); this script fetches
 * GET /programs/{key}/dependencies/matrix with the chosen states and builds the team x team table (rows: the waiting
 * teams, columns: the teams they wait on; each count coloured by the most severe state in it), keeps the CSV link on
 * exactly the states shown, and on a click lists that cell's (row's, column's) dependencies from
 * GET /programs/{key}/dependencies/list, a page at a time. Values only ever reach the page through textContent,
 * attributes or properties, never as HTML.
 */
(function () {
    'use strict';

    var REST = '/rest/program-office/1.0';
    var PAGE = 50;
    var HEALTH_LOZENGE = {'on-track': 'success', 'at-risk': 'current', 'late': 'error', 'blocked': 'error'};
    var STATE_LOZENGE = {unproposed: 'default', proposed: 'current', committed: 'complete', declined: 'error',
        escalated: 'removed', done: 'success'};
    var PO = window.ProgramOffice;
    var byId = PO.byId;
    var format = PO.format;
    var element = PO.element;

    function init(section) {
        var context = section.dataset.contextPath || '';
        var key = section.dataset.programKey;
        var base = context + REST + '/programs/' + encodeURIComponent(key) + '/dependencies';
        var text = section.dataset;
        var form = byId('po-matrix-form');
        var status = byId('po-matrix-status');
        var shownStates = '';
        var listing = null;
        var loads = 0;

        function stateText(state) {
            return section.getAttribute('data-text-state-' + state) || state;
        }

        function healthText(health) {
            return section.getAttribute('data-text-health-' + health) || health;
        }

        function get(path) {
            return PO.fetchJson(base + path, {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
        }

        // ------------------------------------------------------------------ errors

        function clearErrors() {
            PO.clearErrors(form, byId('po-matrix-errors'));
        }

        function showErrors(result) {
            PO.showErrors(form, byId('po-matrix-errors'), result.json, text.textFailed);
        }

        // ------------------------------------------------------------------ the matrix

        function statesQuery() {
            var states = [];
            form.querySelectorAll('input[name=state]:checked').forEach(function (box) {
                states.push(box.value);
            });
            return states.join(',');
        }

        function breakdown(cell) {
            return Object.keys(cell.byState).filter(function (s) {
                return cell.byState[s] > 0;
            }).map(function (s) {
                return stateText(s) + ' ' + cell.byState[s];
            }).join(', ');
        }

        /** A count: a button listing its dependencies, coloured by its worst state; a dot for none. */
        function count(cell, dependentTeam, upstreamTeam, className) {
            var td = element('td', 'program-office-number po-matrix-count ' + (className || ''));
            if (!cell.total) {
                td.appendChild(element('span', 'po-matrix-zero', '\u00b7'));
                td.dataset.total = '0';
                return td;
            }
            td.dataset.total = String(cell.total);
            td.classList.add('po-matrix-worst-' + cell.worst);
            var button = element('button', 'po-matrix-cell', cell.total);
            button.type = 'button';
            if (dependentTeam !== null) {
                button.dataset.dependentTeam = dependentTeam;
            }
            if (upstreamTeam !== null) {
                button.dataset.upstreamTeam = upstreamTeam;
            }
            button.dataset.worst = cell.worst;
            button.title = format(text.textCellTitle, [dependentTeam === null ? text.textAny : dependentTeam,
                upstreamTeam === null ? text.textAny : upstreamTeam, breakdown(cell)]);
            button.addEventListener('click', function () {
                list(dependentTeam, upstreamTeam, 0);
            });
            td.appendChild(button);
            return td;
        }

        function render(matrix) {
            var head = byId('po-matrix-head');
            var rows = byId('po-matrix-rows');
            var foot = byId('po-matrix-foot');
            head.textContent = '';
            rows.textContent = '';
            foot.textContent = '';
            if (!matrix.teams.length) {
                status.textContent = text.textEmpty;
                return;
            }
            var tr = element('tr');
            tr.appendChild(element('th', 'po-matrix-corner', text.textCorner));
            matrix.teams.forEach(function (team) {
                var th = element('th', 'po-matrix-team po-matrix-column', team);
                th.scope = 'col';
                tr.appendChild(th);
            });
            tr.appendChild(element('th', 'po-matrix-team po-matrix-total', text.textTotal));
            head.appendChild(tr);
            matrix.rows.forEach(function (row) {
                var r = element('tr', 'po-matrix-row');
                r.dataset.team = row.team;
                var th = element('th', 'po-matrix-team', row.team);
                th.scope = 'row';
                r.appendChild(th);
                row.cells.forEach(function (cell, i) {
                    r.appendChild(count(cell, row.team, matrix.teams[i]));
                });
                r.appendChild(count(row.total, row.team, null, 'po-matrix-total'));
                rows.appendChild(r);
            });
            var f = element('tr', 'po-matrix-totals');
            var label = element('th', 'po-matrix-team', text.textTotal);
            label.scope = 'row';
            f.appendChild(label);
            matrix.columnTotals.forEach(function (cell, i) {
                f.appendChild(count(cell, null, matrix.teams[i], 'po-matrix-total'));
            });
            f.appendChild(count(matrix.total, null, null, 'po-matrix-total po-matrix-grand'));
            foot.appendChild(f);
            status.textContent = format(text.textSummary, [matrix.total.total]);
        }

        function load() {
            var states = statesQuery();
            var mine = ++loads;
            clearErrors();
            status.textContent = text.textLoading;
            section.classList.remove('po-matrix-loaded');
            return get('/matrix' + (states ? '?state=' + encodeURIComponent(states) : '')).then(function (result) {
                if (mine !== loads) {
                    return;
                }
                if (!result.ok) {
                    status.textContent = '';
                    showErrors(result);
                    return;
                }
                shownStates = states;
                section.dataset.states = states;
                byId('po-matrix-export').href = base + '/matrix/export'
                    + (states ? '?state=' + encodeURIComponent(states) : '');
                render(result.json);
                byId('po-matrix-list').classList.add('hidden');
                section.classList.add('po-matrix-loaded');
            }, function () {
                status.textContent = text.textFailed;
            });
        }

        // ------------------------------------------------------------------ one cell's dependencies

        function issueLink(end) {
            if (end.hidden) {
                return element('span', 'po-dependency-hidden', text.textHidden);
            }
            var a = PO.issueLink(context, end.key, 'po-matrix-key');
            var wrap = element('span');
            wrap.appendChild(a);
            wrap.appendChild(element('span', 'po-matrix-issue-status', ' ' + end.status));
            return wrap;
        }

        function lozenge(className, label) {
            return element('span', 'aui-lozenge ' + className, label);
        }

        function listRow(d) {
            var tr = element('tr', 'po-matrix-dependency');
            tr.dataset.linkId = String(d.linkId);
            var state = d.state || 'unproposed';
            tr.dataset.state = state;
            [issueLink(d.downstream), issueLink(d.upstream), element('span', null, d.linkType + ' (' + d.kind + ')'),
                lozenge('aui-lozenge-subtle aui-lozenge-' + (STATE_LOZENGE[state] || 'default') + ' po-matrix-state',
                    stateText(state)),
                element('span', 'po-matrix-needed', d.neededBy || '\u2013'),
                lozenge('aui-lozenge-' + (HEALTH_LOZENGE[d.health] || 'default') + ' po-matrix-health',
                    healthText(d.health))].forEach(function (content) {
                var td = element('td');
                td.appendChild(content);
                tr.appendChild(td);
            });
            return tr;
        }

        function list(dependentTeam, upstreamTeam, startAt) {
            var params = new URLSearchParams();
            if (dependentTeam !== null) {
                params.append('dependentTeam', dependentTeam);
            }
            if (upstreamTeam !== null) {
                params.append('upstreamTeam', upstreamTeam);
            }
            if (shownStates) {
                params.append('state', shownStates);
            }
            params.append('startAt', String(startAt));
            params.append('maxResults', String(PAGE));
            var box = byId('po-matrix-list');
            var body = byId('po-matrix-list-rows');
            var more = byId('po-matrix-list-more');
            if (startAt === 0) {
                listing = {dependentTeam: dependentTeam, upstreamTeam: upstreamTeam};
                body.textContent = '';
                byId('po-matrix-list-title').textContent = format(text.textListTitle,
                    [dependentTeam === null ? text.textAny : dependentTeam,
                        upstreamTeam === null ? text.textAny : upstreamTeam]);
                byId('po-matrix-list-count').textContent = text.textLoading;
                box.classList.remove('hidden');
                box.classList.remove('po-matrix-list-loaded');
            }
            var asked = listing;
            get('/list?' + params.toString()).then(function (result) {
                if (asked !== listing) {
                    return;
                }
                if (!result.ok) {
                    byId('po-matrix-list-count').textContent = '';
                    showErrors(result);
                    return;
                }
                var page = result.json;
                page.values.forEach(function (d) {
                    body.appendChild(listRow(d));
                });
                var shown = body.querySelectorAll('tr').length;
                byId('po-matrix-list-count').textContent = page.total
                    ? format(text.textCount, [shown, page.total]) : text.textListEmpty;
                more.classList.toggle('hidden', page.isLast);
                more.onclick = function () {
                    list(dependentTeam, upstreamTeam, startAt + PAGE);
                };
                box.classList.add('po-matrix-list-loaded');
                if (startAt === 0) {
                    box.scrollIntoView({block: 'nearest'});
                }
            }, function () {
                byId('po-matrix-list-count').textContent = text.textFailed;
            });
        }

        // ------------------------------------------------------------------ start

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            load();
        });
        load();
    }

    PO.onReady(function () {
        var section = document.getElementById('program-office-matrix');
        if (section) {
            init(section);
        }
    });
}());
