/*
 * Program Office: the Milestones tab of a program page. The page renders the shell (all text from the server's i18n,
 * texts for the script in data-text-* attributes); this script fetches GET /programs/{key}/milestones and builds the
 * table (target, RAG lozenge, progress, forecast P50/P85/P95 with the on-time probability and its inputs, reasons),
 * draws the timeline (the forecast cone P50..P95 with P85 marked and the target, per milestone) and the chosen
 * milestone's burnup with the bundled chart library (window.ProgramOfficeChartsLib), lists the baselines
 * (GET /programs/{key}/baselines) and compares one with now or another (GET .../baselines/compare). For owners it
 * creates, edits and deletes milestones and takes baselines, with Jira's XSRF header, showing field errors at their
 * fields. Values only ever reach the page through textContent, attributes or properties, never as HTML; the charts
 * draw text on a canvas.
 */
(function () {
    'use strict';

    var REST = '/rest/program-office/1.0';
    var DAY = 86400000;
    var RAG_LOZENGE = {GREEN: 'aui-lozenge-success', AMBER: 'aui-lozenge-moved', RED: 'aui-lozenge-error'};
    var RAG_COLOUR = {GREEN: '#1f845a', AMBER: '#b38600', RED: '#c9372c'};
    var RAG_FILL = {GREEN: 'rgba(31, 132, 90, 0.35)', AMBER: 'rgba(245, 205, 71, 0.55)',
        RED: 'rgba(201, 55, 44, 0.35)'};
    var PO = window.ProgramOffice;
    var byId = PO.byId;
    var format = PO.format;
    var element = PO.element;

    /** Days since 1970-01-01 of an ISO date (yyyy-mm-dd), or null. */
    function dayNumber(iso) {
        if (!iso) {
            return null;
        }
        var p = iso.split('-');
        return Math.round(Date.UTC(Number(p[0]), Number(p[1]) - 1, Number(p[2])) / DAY);
    }

    var dateFormat = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
        {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});

    function dayText(day) {
        return dateFormat.format(new Date(day * DAY));
    }

    function dateText(iso) {
        return iso ? dayText(dayNumber(iso)) : '\u2013';
    }

    function init(section) {
        var context = section.dataset.contextPath || '';
        var key = section.dataset.programKey;
        var base = context + REST + '/programs/' + encodeURIComponent(key);
        var text = section.dataset;
        var canEdit = section.dataset.canEdit === 'true';
        var Chart = window.ProgramOfficeChartsLib && window.ProgramOfficeChartsLib.Chart;
        var milestones = [];
        var charts = {};
        var editing = null;
        var errors = byId('po-ms-errors');
        var form = byId('po-ms-form');

        function attr(name) {
            return section.getAttribute('data-text-' + name) || name;
        }

        function api(method, path, body) {
            var headers = {'Accept': 'application/json'};
            var request = {method: method, credentials: 'same-origin', headers: headers};
            if (method !== 'GET') {
                headers['X-Atlassian-Token'] = 'no-check';
            }
            if (body !== undefined) {
                headers['Content-Type'] = 'application/json';
                request.body = JSON.stringify(body);
            }
            return PO.fetchJson(base + path, request);
        }

        function showFailure(result) {
            PO.showErrors(section, errors, result.json, text.textFailed);
        }

        function notice(message) {
            var box = byId('po-ms-notice');
            box.textContent = '';
            box.appendChild(element('p', null, message));
            box.classList.remove('hidden');
        }

        // ------------------------------------------------------------------ the table

        function lozenge(rag) {
            var l = element('span', 'aui-lozenge po-ms-rag ' + (RAG_LOZENGE[rag] || ''), attr('rag-' + rag));
            l.dataset.rag = rag;
            return l;
        }

        function progress(m) {
            var wrap = element('div', 'po-ms-progress');
            wrap.appendChild(element('div', 'po-ms-progress-count', format(text.textProgress, [m.done, m.issues])));
            var bar = element('div', 'program-office-progress po-ms-bar');
            var done = element('span', 'program-office-progress-done');
            done.style.width = Math.max(0, Math.min(100, m.percentComplete)) + '%';
            bar.appendChild(done);
            wrap.appendChild(bar);
            var pct = element('div', 'po-ms-percent', format(text.textPercent, [m.percentComplete]));
            pct.title = text.textPercentTitle;
            wrap.appendChild(pct);
            return wrap;
        }

        function inputsLine(inputs) {
            if (!inputs) {
                return null;
            }
            var trials = inputs.trials.toLocaleString();
            var line = inputs.teams.length
                ? format(text.textInputs, [inputs.teams.length, inputs.teams.join(', '), inputs.windowDays, trials])
                : format(text.textInputsNone, [inputs.windowDays, trials]);
            return element('div', 'po-ms-inputs', line);
        }

        function forecastCell(m) {
            var td = element('td', 'po-ms-forecast');
            if (!m.forecast) {
                td.appendChild(element('span', 'po-ms-no-forecast', text.textNoForecast));
            } else {
                var dates = element('div', 'po-ms-forecast-dates');
                [['p50', 'P50'], ['p85', 'P85'], ['p95', 'P95']].forEach(function (p, i) {
                    if (i) {
                        dates.appendChild(document.createTextNode(' / '));
                    }
                    var s = element('span', 'po-ms-' + p[0], dateText(m.forecast[p[0]]));
                    s.title = p[1];
                    dates.appendChild(s);
                });
                td.appendChild(dates);
            }
            var line = inputsLine(m.forecastInputs);
            if (line) {
                td.appendChild(line);
            }
            return td;
        }

        function reasonsCell(m) {
            var td = element('td', 'po-ms-reasons');
            var ul = element('ul', 'po-ms-reason-list');
            m.reasons.forEach(function (reason) {
                ul.appendChild(element('li', null, reason));
            });
            td.appendChild(ul);
            return td;
        }

        function row(m) {
            var tr = element('tr', 'po-ms-row');
            tr.dataset.milestoneId = String(m.id);
            tr.dataset.rag = m.rag;
            var name = element('td', 'po-ms-name');
            name.appendChild(element('strong', 'po-ms-name-text', m.name));
            if (m.description) {
                name.appendChild(element('div', 'po-ms-description', m.description));
            }
            tr.appendChild(name);
            tr.appendChild(element('td', 'po-ms-target', dateText(m.targetDate)));
            var status = element('td');
            status.appendChild(lozenge(m.rag));
            tr.appendChild(status);
            var prog = element('td');
            prog.appendChild(progress(m));
            tr.appendChild(prog);
            tr.appendChild(forecastCell(m));
            tr.appendChild(element('td', 'program-office-number po-ms-on-time',
                m.forecast ? Math.round(m.forecast.probabilityOnTime * 100) + '%' : '\u2013'));
            tr.appendChild(reasonsCell(m));
            if (canEdit) {
                var actions = element('td', 'po-ms-actions');
                if (m.canEdit) {
                    var edit = element('button', 'aui-button aui-button-link po-ms-edit', text.textEdit);
                    edit.type = 'button';
                    edit.addEventListener('click', function () {
                        openForm(m);
                    });
                    var del = element('button', 'aui-button aui-button-link po-ms-delete', text.textDelete);
                    del.type = 'button';
                    del.addEventListener('click', function () {
                        remove(m);
                    });
                    actions.appendChild(edit);
                    actions.appendChild(del);
                }
                tr.appendChild(actions);
            }
            return tr;
        }

        function renderTable() {
            var body = byId('po-ms-rows');
            body.textContent = '';
            milestones.forEach(function (m) {
                body.appendChild(row(m));
            });
            byId('po-ms-status').textContent = milestones.length
                ? format(text.textSummary, [milestones.length]) : text.textEmpty;
        }

        // ------------------------------------------------------------------ charts

        function draw(id, config) {
            if (charts[id]) {
                charts[id].destroy();
                delete charts[id];
            }
            var canvas = byId(id);
            canvas.removeAttribute('data-drawn');
            if (!Chart) {
                return;
            }
            config.options.animation = false;
            config.options.responsive = true;
            config.options.maintainAspectRatio = false;
            charts[id] = new Chart(canvas, config);
            canvas.dataset.drawn = 'true';
        }

        function dateAxis(min, max) {
            return {
                type: 'linear', min: min, max: max,
                ticks: {
                    callback: function (value) {
                        return dayText(Math.round(value));
                    },
                    maxRotation: 0, autoSkipPadding: 16
                },
                grid: {color: '#ebecf0'}
            };
        }

        function drawTimeline() {
            var box = byId('po-ms-timeline-box');
            box.style.height = (90 + 44 * Math.max(1, milestones.length)) + 'px';
            var labels = milestones.map(function (m) {
                return m.name;
            });
            var days = [dayNumber(new Date().toISOString().slice(0, 10))];
            milestones.forEach(function (m) {
                days.push(dayNumber(m.targetDate));
                if (m.forecast) {
                    days.push(dayNumber(m.forecast.p50), dayNumber(m.forecast.p95));
                }
            });
            var min = Math.min.apply(null, days) - 7;
            var max = Math.max.apply(null, days) + 7;
            var cones = milestones.map(function (m) {
                return m.forecast ? [dayNumber(m.forecast.p50), dayNumber(m.forecast.p95) + 1] : null;
            });
            var p85 = [];
            var targets = [];
            milestones.forEach(function (m) {
                if (m.forecast) {
                    p85.push({x: dayNumber(m.forecast.p85), y: m.name, rag: m.rag});
                }
                targets.push({x: dayNumber(m.targetDate), y: m.name});
            });
            draw('po-ms-timeline', {
                type: 'bar',
                data: {
                    labels: labels,
                    datasets: [{
                        type: 'bar', label: text.textTimelineCone, data: cones, borderSkipped: false,
                        backgroundColor: milestones.map(function (m) {
                            return RAG_FILL[m.rag];
                        }),
                        borderColor: milestones.map(function (m) {
                            return RAG_COLOUR[m.rag];
                        }),
                        borderWidth: 1, borderRadius: 3, barPercentage: 0.9, categoryPercentage: 0.7, order: 3
                    }, {
                        type: 'scatter', label: text.textTimelineP85, data: p85, pointStyle: 'line', rotation: 90,
                        pointRadius: 12, pointHoverRadius: 12, borderWidth: 3, order: 2,
                        borderColor: p85.map(function (p) {
                            return RAG_COLOUR[p.rag];
                        }),
                        backgroundColor: p85.map(function (p) {
                            return RAG_COLOUR[p.rag];
                        })
                    }, {
                        type: 'scatter', label: text.textTimelineTarget, data: targets, pointStyle: 'rectRot',
                        pointRadius: 7, pointHoverRadius: 8, backgroundColor: '#172b4d', borderColor: '#ffffff',
                        borderWidth: 1, order: 1
                    }]
                },
                options: {
                    indexAxis: 'y',
                    scales: {
                        x: dateAxis(min, max),
                        y: {type: 'category', labels: labels, grid: {display: false}}
                    },
                    plugins: {
                        legend: {position: 'bottom', labels: {usePointStyle: true}},
                        tooltip: {
                            callbacks: {
                                label: function (item) {
                                    if (item.datasetIndex === 0) {
                                        var f = milestones[item.dataIndex].forecast;
                                        return format(text.textConeTooltip, [dateText(f.p50), dateText(f.p95)]);
                                    }
                                    return item.dataset.label + ': ' + dayText(item.raw.x);
                                }
                            }
                        }
                    }
                }
            });
        }

        function drawBurnup() {
            var select = byId('po-ms-burnup-select');
            var m = milestones.filter(function (x) {
                return String(x.id) === select.value;
            })[0];
            var status = byId('po-ms-burnup-status');
            if (!m || !m.burnup.length) {
                status.textContent = m ? text.textBurnupEmpty : '';
                draw('po-ms-burnup', {type: 'line', data: {datasets: []}, options: {}});
                return;
            }
            status.textContent = '';
            function points(field) {
                return m.burnup.map(function (p) {
                    return {x: dayNumber(p.date), y: p[field]};
                });
            }
            var first = dayNumber(m.burnup[0].date);
            var last = Math.max(dayNumber(m.burnup[m.burnup.length - 1].date), dayNumber(m.targetDate));
            draw('po-ms-burnup', {
                type: 'line',
                data: {
                    datasets: [{
                        label: text.textBurnupScope, data: points('scope'), borderColor: '#0c66e4',
                        backgroundColor: '#0c66e4', pointRadius: 2, borderWidth: 2, tension: 0
                    }, {
                        label: text.textBurnupDone, data: points('done'), borderColor: '#1f845a',
                        backgroundColor: '#1f845a', pointRadius: 2, borderWidth: 2, tension: 0
                    }]
                },
                options: {
                    scales: {x: dateAxis(first, last + 1), y: {beginAtZero: true, ticks: {precision: 0}}},
                    plugins: {
                        legend: {position: 'bottom'},
                        tooltip: {
                            callbacks: {
                                title: function (items) {
                                    return items.length ? dayText(items[0].raw.x) : '';
                                }
                            }
                        }
                    }
                }
            });
        }

        function fillBurnupChoices() {
            var select = byId('po-ms-burnup-select');
            var chosen = select.value;
            select.textContent = '';
            milestones.forEach(function (m) {
                select.appendChild(new Option(m.name, String(m.id)));
            });
            if (chosen && milestones.some(function (m) {
                return String(m.id) === chosen;
            })) {
                select.value = chosen;
            }
        }

        // ------------------------------------------------------------------ loading

        function load() {
            byId('po-ms-status').textContent = text.textLoading;
            section.classList.remove('po-ms-loaded');
            return api('GET', '/milestones').then(function (result) {
                if (!result.ok) {
                    byId('po-ms-status').textContent = '';
                    showFailure(result);
                    return;
                }
                milestones = result.json;
                renderTable();
                fillBurnupChoices();
                drawTimeline();
                drawBurnup();
                section.classList.add('po-ms-loaded');
            }, function () {
                byId('po-ms-status').textContent = text.textFailed;
            });
        }

        // ------------------------------------------------------------------ baselines

        function baselineLabel(b) {
            return format(text.textBaselineLabel, [b.id, new Date(b.takenAt).toLocaleString()]);
        }

        function loadBaselines(compareNewest) {
            var status = byId('po-ms-baselines-status');
            status.textContent = text.textLoading;
            section.classList.remove('po-ms-baselines-loaded');
            return api('GET', '/baselines?maxResults=50').then(function (result) {
                if (!result.ok) {
                    status.textContent = '';
                    showFailure(result);
                    return;
                }
                var list = result.json.values;
                var body = byId('po-ms-baseline-rows');
                body.textContent = '';
                list.forEach(function (b) {
                    var tr = element('tr', 'po-ms-baseline');
                    tr.dataset.baselineId = String(b.id);
                    tr.appendChild(element('td', null, baselineLabel(b)));
                    tr.appendChild(element('td', null, b.takenBy || text.textBaselinesJob));
                    tr.appendChild(element('td', null, attr('kind-' + b.kind)));
                    tr.appendChild(element('td', 'program-office-number', b.milestones));
                    body.appendChild(tr);
                });
                status.textContent = list.length ? '' : text.textBaselinesEmpty;
                byId('po-ms-baseline-table').classList.toggle('hidden', !list.length);
                var from = byId('po-ms-compare-from');
                var to = byId('po-ms-compare-to');
                var fromWas = from.value;
                var toWas = to.value;
                from.textContent = '';
                to.textContent = '';
                to.appendChild(new Option(text.textCompareNow, 'now'));
                list.forEach(function (b) {
                    from.appendChild(new Option(baselineLabel(b), String(b.id)));
                    to.appendChild(new Option(baselineLabel(b), String(b.id)));
                });
                byId('po-ms-compare-form').classList.toggle('hidden', !list.length);
                if (list.length && !compareNewest && fromWas) {
                    from.value = fromWas;
                    to.value = toWas;
                }
                section.classList.add('po-ms-baselines-loaded');
                if (list.length && (compareNewest || !byId('po-ms-comparison').dataset.from)) {
                    from.value = String(list[0].id);
                    to.value = 'now';
                    compare();
                }
            });
        }

        function shift(before, after, days) {
            if (before === null && after === null) {
                return '\u2013';
            }
            var line = dateText(before) + ' \u2192 ' + dateText(after);
            if (days !== null && days !== undefined) {
                line += ' (' + format(text.textDays, [(days > 0 ? '+' : '') + days]) + ')';
            }
            return line;
        }

        function number(value) {
            return value === null || value === undefined ? '\u2013' : String(value);
        }

        function compare() {
            var from = byId('po-ms-compare-from').value;
            var to = byId('po-ms-compare-to').value;
            var box = byId('po-ms-comparison');
            box.classList.remove('po-ms-compared');
            return api('GET', '/baselines/compare?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to))
                .then(function (result) {
                    if (!result.ok) {
                        showFailure(result);
                        return;
                    }
                    var c = result.json;
                    box.dataset.from = c.from;
                    box.dataset.to = c.to;
                    byId('po-ms-comparison-title').textContent = format(text.textCompareTitle,
                        ['#' + c.from, c.to === 'now' ? text.textCompareNow.toLowerCase() : '#' + c.to]);
                    var body = byId('po-ms-comparison-rows');
                    body.textContent = '';
                    c.milestones.forEach(function (m) {
                        var tr = element('tr', 'po-ms-comparison-row');
                        tr.dataset.status = m.status;
                        var name = element('td', null);
                        name.appendChild(element('span', 'po-ms-comparison-name', m.name));
                        if (m.status !== 'both') {
                            name.appendChild(document.createTextNode(' '));
                            name.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle',
                                attr('compare-status-' + m.status)));
                        }
                        tr.appendChild(name);
                        tr.appendChild(element('td', 'program-office-number', number(m.scopeBefore)));
                        tr.appendChild(element('td', 'program-office-number', number(m.scopeAfter)));
                        tr.appendChild(element('td', 'program-office-number', m.added ? '+' + m.added : '0'));
                        tr.appendChild(element('td', 'program-office-number', m.removed ? '\u2212' + m.removed : '0'));
                        tr.appendChild(element('td', 'program-office-number', m.scopeChangePercent === null ? '\u2013'
                            : (m.scopeChangePercent > 0 ? '+' : '') + m.scopeChangePercent + '%'));
                        tr.appendChild(element('td', null, shift(m.targetBefore, m.targetAfter, m.targetShiftDays)));
                        tr.appendChild(element('td', null, shift(m.p85Before, m.p85After, m.p85ShiftDays)));
                        body.appendChild(tr);
                    });
                    if (!c.milestones.length) {
                        var empty = element('tr');
                        var td = element('td', 'program-office-count', text.textCompareEmpty);
                        td.colSpan = 8;
                        empty.appendChild(td);
                        body.appendChild(empty);
                    }
                    box.classList.remove('hidden');
                    box.classList.add('po-ms-compared');
                });
        }

        // ------------------------------------------------------------------ editing

        function showScopeFields() {
            var issues = byId('po-ms-kind').value === 'ISSUES';
            form.querySelector('.po-ms-scope-issues').classList.toggle('hidden', !issues);
            form.querySelector('.po-ms-scope-text').classList.toggle('hidden', issues);
        }

        function openForm(m) {
            editing = m || null;
            PO.clearErrors(form, byId('po-ms-form-errors'));
            byId('po-ms-form-title').textContent = m ? text.textFormEdit : text.textFormCreate;
            byId('po-ms-name').value = m ? m.name : '';
            byId('po-ms-description').value = m ? (m.description || '') : '';
            byId('po-ms-target').value = m ? m.targetDate : '';
            byId('po-ms-kind').value = m ? m.scope.kind : 'FIX_VERSION';
            byId('po-ms-text').value = m ? m.scope.text : '';
            byId('po-ms-issues').value = m ? m.scope.issueKeys.join(', ') : '';
            byId('po-ms-owner').value = m ? m.owner : '';
            showScopeFields();
            form.classList.remove('hidden');
            byId('po-ms-name').focus();
            form.scrollIntoView({block: 'nearest'});
        }

        function closeForm() {
            editing = null;
            form.classList.add('hidden');
        }

        function save() {
            var kind = byId('po-ms-kind').value;
            var body = {
                name: byId('po-ms-name').value,
                description: byId('po-ms-description').value,
                targetDate: byId('po-ms-target').value.trim(),
                scope: {
                    kind: kind,
                    text: kind === 'ISSUES' ? '' : byId('po-ms-text').value,
                    issueKeys: kind === 'ISSUES' ? byId('po-ms-issues').value.split(/[\s,;]+/).filter(Boolean) : []
                },
                owner: byId('po-ms-owner').value.trim() || null
            };
            var request;
            if (editing) {
                body.version = editing.version;
                request = api('PUT', '/milestones/' + encodeURIComponent(editing.id), body);
            } else {
                request = api('POST', '/milestones', body);
            }
            byId('po-ms-save').disabled = true;
            return request.then(function (result) {
                byId('po-ms-save').disabled = false;
                if (!result.ok) {
                    PO.showErrors(form, byId('po-ms-form-errors'), result.json, text.textFailed);
                    return;
                }
                closeForm();
                notice(format(text.textSaved, [result.json.name]));
                load();
            }, function () {
                byId('po-ms-save').disabled = false;
            });
        }

        function remove(m) {
            if (!window.confirm(format(text.textDeleteConfirm, [m.name]))) {
                return;
            }
            api('DELETE', '/milestones/' + encodeURIComponent(m.id)).then(function (result) {
                if (!result.ok) {
                    showFailure(result);
                    return;
                }
                if (editing && editing.id === m.id) {
                    closeForm();
                }
                notice(format(text.textDeleted, [m.name]));
                load();
            });
        }

        function takeBaseline() {
            var button = byId('po-ms-take');
            button.disabled = true;
            api('POST', '/baselines').then(function (result) {
                button.disabled = false;
                if (!result.ok) {
                    showFailure(result);
                    return;
                }
                notice(text.textBaselinesTaken);
                loadBaselines(true);
            }, function () {
                button.disabled = false;
            });
        }

        // ------------------------------------------------------------------ start

        byId('po-ms-burnup-select').addEventListener('change', drawBurnup);
        byId('po-ms-compare-form').addEventListener('submit', function (event) {
            event.preventDefault();
            compare();
        });
        if (form) {
            byId('po-ms-add').addEventListener('click', function () {
                openForm(null);
            });
            byId('po-ms-cancel').addEventListener('click', closeForm);
            byId('po-ms-kind').addEventListener('change', showScopeFields);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                save();
            });
            byId('po-ms-take').addEventListener('click', takeBaseline);
        }
        load();
        loadBaselines(false);
    }

    PO.onReady(function () {
        var section = document.getElementById('program-office-milestones');
        if (section) {
            init(section);
        }
    });
}());
