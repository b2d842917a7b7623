/*
 * Program Office: the risk register and heat map of a program's Risks tab. This script fetches
 * GET /programs/{key}/risks/heatmap (the 5x5 counts of open risks on the residual or inherent score) and
 * GET /programs/{key}/risks (one page of the register with the form's filters and order, and, after a click on a heat
 * map cell, only that cell's risks), and points the CSV link at /risks/export with the same parameters;
 * GET /programs/{key}/risks/trend gives the weekly snapshots and now, drawn as lines (window.ProgramOfficeChartsLib)
 * and listed in a table. Values only
 * ever reach the page through textContent, attributes or properties, never as HTML.
 */
(function () {
    'use strict';

    var REST = '/rest/program-office/1.0';
    var PAGE = 50;
    var ROAM_LOZENGE = {owned: 'current', accepted: 'moved', mitigated: 'success', resolved: 'default'};
    var PO = window.ProgramOffice;
    var byId = PO.byId;
    var format = PO.format;
    var element = PO.element;

    function init(section) {
        var context = section.dataset.contextPath || '';
        var key = section.dataset.programKey;
        var base = context + REST + '/programs/' + encodeURIComponent(key) + '/risks';
        var text = section.dataset;
        var form = byId('po-register-form');
        var errors = byId('po-register-errors');
        var status = byId('po-register-status');
        var rows = byId('po-register-rows');
        var exposure = byId('po-register-exposure');
        var state = {startAt: 0, cell: null};

        function basis() {
            return byId('po-heatmap-basis').value === 'inherent' ? 'inherent' : 'residual';
        }

        function parameters(withPage) {
            var p = new URLSearchParams();
            ['roam', 'owner', 'minScore', 'team', 'dueTo', 'status', 'sort'].forEach(function (name) {
                var value = form.elements[name].value.trim();
                if (value) {
                    p.set(name, value);
                }
            });
            if (state.cell) {
                p.set('probability', state.cell.probability);
                p.set('impact', state.cell.impact);
                p.set('basis', basis());
            }
            if (withPage) {
                p.set('startAt', state.startAt);
                p.set('maxResults', PAGE);
            }
            return p.toString();
        }

        function get(path) {
            return PO.fetchJson(base + path, {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
        }

        function score(value, high) {
            var td = element('td', 'po-register-score');
            if (value !== null) {
                td.appendChild(element('span', 'aui-badge' + (high ? ' po-register-high' : ''), String(value)));
            }
            return td;
        }

        function renderHeatMap(map) {
            exposure.textContent = map.enabled
                ? format(text.textExposure, [map.open, map.exposure, map.high, map.unassessed])
                : text.textRegisterDisabled;
            byId('po-heatmap-unassessed').textContent = map.unassessed
                ? format(text.textUnassessed, [map.unassessed]) : '';
            Array.prototype.forEach.call(section.querySelectorAll('.po-heat-cell'), function (button) {
                var p = Number(button.dataset.probability);
                var i = Number(button.dataset.impact);
                var count = map.cells[p - 1][i - 1];
                button.textContent = String(count);
                button.disabled = count === 0;
                button.setAttribute('aria-label', format(text.textCell, [p, i, count]));
                button.classList.toggle('po-heat-selected',
                    !!state.cell && state.cell.probability === p && state.cell.impact === i);
            });
        }

        function renderRegister(page) {
            rows.textContent = '';
            if (!page.total) {
                status.textContent = text.textRegisterEmpty;
            } else {
                status.textContent = format(text.textRegisterCount,
                    [page.startAt + 1, page.startAt + page.values.length, page.total]);
            }
            page.values.forEach(function (r) {
                var tr = element('tr', r.open ? null : 'po-register-closed');
                tr.setAttribute('data-risk', r.key);
                var keyCell = element('td');
                keyCell.appendChild(PO.issueLink(context, r.key, 'po-register-key'));
                tr.appendChild(keyCell);
                tr.appendChild(element('td', 'po-register-summary', r.summary || ''));
                tr.appendChild(element('td', null, r.team || ''));
                tr.appendChild(score(r.inherentScore, r.inherentScore !== null && r.inherentScore >= 15));
                tr.appendChild(score(r.residualScore, r.high));
                var roam = element('td');
                if (r.roam) {
                    roam.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle aui-lozenge-' +
                        (ROAM_LOZENGE[r.roam] || 'default'), section.getAttribute('data-text-roam-' + r.roam)));
                }
                if (!r.open && r.roam !== 'resolved') {
                    roam.appendChild(document.createTextNode(' ' + text.textClosed));
                }
                tr.appendChild(roam);
                tr.appendChild(element('td', null, r.ownerName || r.owner || ''));
                tr.appendChild(element('td', 'po-register-due', r.due || ''));
                tr.appendChild(element('td', null, r.mitigated ? text.textYes : text.textNo));
                rows.appendChild(tr);
            });
            byId('po-register-previous').disabled = page.startAt === 0;
            byId('po-register-next').disabled = page.isLast;
        }

        function showCell() {
            var box = byId('po-register-cell');
            box.classList.toggle('hidden', !state.cell);
            byId('po-register-cell-text').textContent = state.cell
                ? format(text.textCellFilter, [state.cell.probability, state.cell.impact]) : '';
        }

        function loadRegister() {
            section.classList.remove('po-register-loaded');
            PO.clearErrors(form, errors);
            byId('po-register-export').href = base + '/export?' + parameters(false);
            showCell();
            return get('?' + parameters(true)).then(function (result) {
                if (!result.ok) {
                    PO.showErrors(form, errors, result.json, text.textRegisterFailed);
                    status.textContent = '';
                    return;
                }
                renderRegister(result.json);
                section.classList.add('po-register-loaded');
            });
        }

        function loadHeatMap() {
            section.classList.remove('po-heatmap-loaded');
            return get('/heatmap?basis=' + basis()).then(function (result) {
                if (!result.ok) {
                    exposure.textContent = text.textRegisterFailed;
                    return;
                }
                renderHeatMap(result.json);
                section.classList.add('po-heatmap-loaded');
            });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            state.startAt = 0;
            loadRegister();
        });
        byId('po-heatmap-basis').addEventListener('change', function () {
            state.cell = null;
            state.startAt = 0;
            loadHeatMap();
            loadRegister();
        });
        Array.prototype.forEach.call(section.querySelectorAll('.po-heat-cell'), function (button) {
            button.addEventListener('click', function () {
                state.cell = {probability: Number(button.dataset.probability), impact: Number(button.dataset.impact)};
                state.startAt = 0;
                Array.prototype.forEach.call(section.querySelectorAll('.po-heat-cell'), function (b) {
                    b.classList.toggle('po-heat-selected', b === button);
                });
                loadRegister();
            });
        });
        byId('po-register-cell-clear').addEventListener('click', function () {
            state.cell = null;
            state.startAt = 0;
            Array.prototype.forEach.call(section.querySelectorAll('.po-heat-cell'), function (b) {
                b.classList.remove('po-heat-selected');
            });
            loadRegister();
        });
        byId('po-register-previous').addEventListener('click', function () {
            state.startAt = Math.max(0, state.startAt - PAGE);
            loadRegister();
        });
        byId('po-register-next').addEventListener('click', function () {
            state.startAt += PAGE;
            loadRegister();
        });
        var trendChart = null;

        function renderTrend(trend) {
            var points = trend.weeks.concat([trend.now]);
            var labels = trend.weeks.map(function (w) {
                return w.week;
            }).concat([text.textTrendNow]);
            var body = byId('po-trend-rows');
            body.textContent = '';
            points.forEach(function (p, i) {
                var tr = element('tr');
                tr.appendChild(element('td', null, labels[i]));
                tr.appendChild(element('td', null, String(p.open)));
                tr.appendChild(element('td', null, String(p.exposure)));
                tr.appendChild(element('td', null, String(p.high)));
                tr.appendChild(element('td', null, String(p.unassessed)));
                body.appendChild(tr);
            });
            byId('po-trend-status').textContent = trend.weeks.length ? '' : text.textTrendEmpty;
            var Chart = window.ProgramOfficeChartsLib && window.ProgramOfficeChartsLib.Chart;
            var canvas = byId('po-trend-chart');
            if (trendChart) {
                trendChart.destroy();
            }
            if (!Chart) {
                return;
            }
            function line(label, key, color) {
                return {label: label, data: points.map(function (p) {
                    return p[key];
                }), borderColor: color, backgroundColor: color, tension: 0, pointRadius: 3};
            }
            trendChart = new Chart(canvas, {type: 'line', data: {labels: labels, datasets: [
                line(text.textTrendExposure, 'exposure', '#de350b'),
                line(text.textTrendOpen, 'open', '#0052cc'),
                line(text.textTrendHigh, 'high', '#ff8b00')]},
                options: {animation: false, responsive: true, maintainAspectRatio: false,
                    scales: {y: {beginAtZero: true}}}});
            canvas.dataset.drawn = 'true';
        }

        function loadTrend() {
            section.classList.remove('po-trend-loaded');
            return get('/trend').then(function (result) {
                if (!result.ok) {
                    byId('po-trend-status').textContent = text.textRegisterFailed;
                    return;
                }
                renderTrend(result.json);
                section.classList.add('po-trend-loaded');
            });
        }

        section.addEventListener('po-risks-changed', function () {
            loadHeatMap();
            loadRegister();
            loadTrend();
        });
        status.textContent = text.textRegisterLoading;
        loadHeatMap();
        loadRegister();
        loadTrend();
    }

    PO.onReady(function () {
        var section = byId('program-office-risks');
        if (section && byId('po-register-form')) {
            init(section);
        }
    });
}());
