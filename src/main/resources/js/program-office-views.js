/*
 * Program Office: the Views tab of a program page. The page renders the controls (all text from the server's i18n,
 * texts for the script in data-text-* attributes); this script reads the controls into a query string, fetches
 * GET /programs/{key}/view and builds the grouped table with its rollups and progress bars, keeps the CSV links on
 * exactly the query shown, and lists, applies, saves and deletes saved views (with Jira's XSRF header).
 * Values only ever reach the page through textContent, value, attributes or option constructors, never as HTML.
 */
(function () {
    'use strict';

    var REST = '/rest/program-office/1.0';
    var PO = window.ProgramOffice;
    var byId = PO.byId;
    var format = PO.format;

    function number(n) {
        return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
    }

    function init(section) {
        var context = section.dataset.contextPath || '';
        var key = section.dataset.programKey;
        var base = context + REST + '/programs/' + encodeURIComponent(key);
        var text = section.dataset;
        var form = byId('po-view-form');
        var rows = byId('po-view-rows');
        var total = byId('po-view-total');
        var status = byId('po-view-status');
        var saved = byId('po-saved');
        var savedViews = [];
        var shownQuery = null;
        var loads = 0;

        function api(method, path, body) {
            var headers = {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'};
            var init = {method: method, credentials: 'same-origin', headers: headers};
            if (body !== undefined) {
                headers['Content-Type'] = 'application/json';
                init.body = JSON.stringify(body);
            }
            return PO.fetchJson(base + path, init);
        }

        // ------------------------------------------------------------------ the query and the controls

        function splitNames(value) {
            return value.split(',').map(function (s) {
                return s.trim();
            }).filter(function (s) {
                return s.length > 0;
            });
        }

        /** The controls as a query string (the REST API's and saved views' form). */
        function queryFromControls() {
            var params = new URLSearchParams();
            var levels = [byId('po-groupBy-1').value, byId('po-groupBy-2').value].filter(function (f, i, all) {
                return f && all.indexOf(f) === i;
            });
            if (levels.length) {
                params.append('groupBy', levels.join(','));
            }
            Array.prototype.forEach.call(byId('po-filter-project').selectedOptions, function (o) {
                params.append('project', o.value);
            });
            splitNames(byId('po-filter-team').value).forEach(function (t) {
                params.append('team', t);
            });
            splitNames(byId('po-filter-type').value).forEach(function (t) {
                params.append('type', t);
            });
            form.querySelectorAll('input[name=statusCategory]:checked').forEach(function (box) {
                params.append('statusCategory', box.value);
            });
            var find = byId('po-filter-text').value.trim();
            if (find) {
                params.append('text', find);
            }
            return params.toString().replace(/%2C/g, ',');
        }

        /** Sets the controls from a query string (a saved view). */
        function controlsFromQuery(query) {
            var params = new URLSearchParams(query);
            var levels = (params.get('groupBy') || '').split(',').filter(Boolean);
            byId('po-groupBy-1').value = levels[0] || 'team';
            byId('po-groupBy-2').value = levels[1] || '';
            var projects = params.getAll('project').join(',').split(',');
            Array.prototype.forEach.call(byId('po-filter-project').options, function (o) {
                o.selected = projects.indexOf(o.value) >= 0;
            });
            projects.forEach(function (p) { // a project not offered (not browsable now) still shows what is asked
                if (p && !byId('po-filter-project').querySelector('option[value="' + CSS.escape(p) + '"]')) {
                    var o = new Option(p, p, true, true);
                    byId('po-filter-project').appendChild(o);
                }
            });
            byId('po-filter-team').value = params.getAll('team').join(', ');
            byId('po-filter-type').value = params.getAll('type').join(', ');
            var categories = params.getAll('statusCategory').join(',').split(',');
            form.querySelectorAll('input[name=statusCategory]').forEach(function (box) {
                box.checked = categories.indexOf(box.value) >= 0;
            });
            byId('po-filter-text').value = params.get('text') || '';
        }

        // ------------------------------------------------------------------ errors

        function clearErrors() {
            PO.clearErrors(form, byId('po-form-errors'));
        }

        function showErrors(result) {
            PO.showErrors(form, byId('po-form-errors'), result.json, 'HTTP ' + result.status);
        }

        // ------------------------------------------------------------------ the table

        function cell(tr, value, className) {
            var td = document.createElement('td');
            if (className) {
                td.className = className;
            }
            if (value instanceof Node) {
                td.appendChild(value);
            } else {
                td.textContent = value;
            }
            tr.appendChild(td);
            return td;
        }

        function progress(rollup) {
            var wrap = document.createElement('span');
            wrap.className = 'po-view-progress';
            var bar = document.createElement('span');
            bar.className = 'program-office-progress po-view-bar';
            bar.setAttribute('role', 'img');
            var label = format(text.textProgress, [rollup.percentDone]);
            bar.setAttribute('aria-label', label);
            bar.title = label;
            var done = document.createElement('span');
            done.className = 'program-office-progress-done';
            done.style.width = rollup.percentDone + '%';
            bar.appendChild(done);
            wrap.appendChild(bar);
            var pct = document.createElement('span');
            pct.className = 'po-view-percent';
            pct.textContent = rollup.percentDone + '%';
            wrap.appendChild(pct);
            return wrap;
        }

        function rollupCells(tr, rollup) {
            cell(tr, String(rollup.issues), 'program-office-number po-view-issues');
            cell(tr, String(rollup.done), 'program-office-number');
            cell(tr, number(rollup.estimate), 'program-office-number');
            cell(tr, number(rollup.estimateDone), 'program-office-number');
            cell(tr, progress(rollup));
            cell(tr, rollup.percentDoneByEstimate === null ? '\u2013' : rollup.percentDoneByEstimate + '%',
                'program-office-number');
        }

        function groupLabel(group) {
            var span = document.createElement('span');
            span.className = group.hidden ? 'po-view-hidden' : (group.value === null ? 'po-view-none' : 'po-view-value');
            span.textContent = group.label;
            return span;
        }

        function render(view) {
            rows.textContent = '';
            total.textContent = '';
            view.groups.forEach(function (group, i) {
                var tr = document.createElement('tr');
                tr.className = 'po-view-group';
                tr.dataset.field = group.field;
                if (group.value !== null) {
                    tr.dataset.value = group.value;
                }
                var first = cell(tr, '');
                var children = [];
                if (group.groups.length) {
                    var toggle = document.createElement('button');
                    toggle.type = 'button';
                    toggle.className = 'aui-button aui-button-subtle po-view-toggle';
                    toggle.setAttribute('aria-expanded', 'false');
                    toggle.setAttribute('aria-label', format(text.textExpand, [group.label]));
                    toggle.id = 'po-view-toggle-' + i;
                    toggle.textContent = '\u25b8';
                    toggle.addEventListener('click', function () {
                        var open = toggle.getAttribute('aria-expanded') !== 'true';
                        toggle.setAttribute('aria-expanded', String(open));
                        toggle.textContent = open ? '\u25be' : '\u25b8';
                        children.forEach(function (child) {
                            child.classList.toggle('hidden', !open);
                        });
                    });
                    first.appendChild(toggle);
                }
                first.appendChild(groupLabel(group));
                rollupCells(tr, group.rollup);
                rows.appendChild(tr);
                group.groups.forEach(function (inner) {
                    var sub = document.createElement('tr');
                    sub.className = 'po-view-subgroup hidden';
                    sub.dataset.field = inner.field;
                    sub.dataset.parent = group.value === null ? '' : group.value;
                    if (inner.value !== null) {
                        sub.dataset.value = inner.value;
                    }
                    var c = cell(sub, '', 'po-view-indent');
                    c.appendChild(groupLabel(inner));
                    rollupCells(sub, inner.rollup);
                    rows.appendChild(sub);
                    children.push(sub);
                });
            });
            var tr = document.createElement('tr');
            tr.className = 'po-view-total';
            var label = document.createElement('strong');
            label.textContent = text.textTotal;
            cell(tr, label);
            rollupCells(tr, view.total);
            total.appendChild(tr);
            status.textContent = view.indexState !== 'READY' ? text.textIndexing
                : (view.total.issues === 0 ? text.textEmpty : '');
        }

        function setExports(query) {
            var suffix = query ? '?' + query : '';
            byId('po-export-view').href = base + '/view/export' + suffix;
            byId('po-export-view').setAttribute('download', key + '-view.csv');
            byId('po-export-issues').href = base + '/issues/export' + suffix;
            byId('po-export-issues').setAttribute('download', key + '-issues.csv');
        }

        function load(query) {
            var mine = ++loads;
            status.textContent = text.textLoading;
            section.setAttribute('aria-busy', 'true');
            return api('GET', '/view' + (query ? '?' + query : '')).then(function (result) {
                if (mine !== loads) {
                    return;
                }
                section.removeAttribute('aria-busy');
                if (!result.ok) {
                    status.textContent = '';
                    showErrors(result);
                    return;
                }
                clearErrors();
                shownQuery = result.json.query;
                section.dataset.query = shownQuery;
                setExports(shownQuery);
                render(result.json);
                section.classList.add('po-view-loaded');
            });
        }

        // ------------------------------------------------------------------ saved views

        function fillSaved(selectedId) {
            saved.textContent = '';
            saved.appendChild(new Option(text.textChoose, ''));
            savedViews.forEach(function (v) {
                var o = new Option(format(text.textSavedBy, [v.name, v.owner]), String(v.id));
                saved.appendChild(o);
            });
            saved.value = selectedId ? String(selectedId) : '';
            updateDelete();
        }

        function selectedView() {
            var id = Number(saved.value);
            return savedViews.filter(function (v) {
                return v.id === id;
            })[0];
        }

        function updateDelete() {
            var v = selectedView();
            byId('po-saved-delete').disabled = !(v && v.canDelete);
        }

        function loadSaved(selectedId) {
            return api('GET', '/views?maxResults=100').then(function (result) {
                if (result.ok) {
                    savedViews = result.json.values;
                    fillSaved(selectedId);
                }
            });
        }

        saved.addEventListener('change', function () {
            updateDelete();
            var v = selectedView();
            if (v) {
                controlsFromQuery(v.query);
                load(v.query);
            }
        });

        byId('po-save').addEventListener('click', function () {
            var error = byId('po-save-error');
            error.textContent = '';
            api('POST', '/views', {name: byId('po-save-name').value, query: shownQuery === null ? queryFromControls() : shownQuery})
                .then(function (result) {
                    if (!result.ok) {
                        var body = result.json || {};
                        var fields = body.errors || {};
                        error.textContent = fields.name || fields.query || (body.errorMessages || []).join(' ')
                            || ('HTTP ' + result.status);
                        return;
                    }
                    byId('po-save-name').value = '';
                    status.textContent = text.textSaveDone;
                    loadSaved(result.json.id);
                });
        });

        byId('po-saved-delete').addEventListener('click', function () {
            var v = selectedView();
            if (!v || !window.confirm(text.textDeleteConfirm)) {
                return;
            }
            api('DELETE', '/views/' + encodeURIComponent(v.id)).then(function (result) {
                if (!result.ok) {
                    showErrors(result);
                    return;
                }
                loadSaved(null);
            });
        });

        // ------------------------------------------------------------------ start

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            saved.value = '';
            updateDelete();
            load(queryFromControls());
        });

        api('GET', '').then(function (result) { // the program: the projects the viewer may browse, for the filter
            var select = byId('po-filter-project');
            if (result.ok && result.json.scope) {
                result.json.scope.projects.forEach(function (p) {
                    select.appendChild(new Option(p, p));
                });
            }
        });
        loadSaved(null);
        load(queryFromControls());
    }

    PO.onReady(function () {
        var section = document.getElementById('program-office-views');
        if (section) {
            init(section);
        }
    });
}());
