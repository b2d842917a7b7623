/*
 * Program Office: the Dependencies tab of a program page. The page renders the controls (all text from the server's
 * i18n, texts for the script in data-text-* attributes); this script fetches GET /programs/{key}/dependencies/analysis
 * for the counts and GET /programs/{key}/dependencies/graph for the graph, and draws it with the bundled graph
 * library (window.ProgramOfficeGraphLib: Cytoscape.js with the ELK layered layout), upstream on the left. Values
 * reach the page only through textContent, option constructors and the graph's canvas labels, never as HTML.
 */
(function () {
    'use strict';

    var REST = '/rest/program-office/1.0';
    /** Above this many nodes the view opens on the critical path and the cycles (Fit all shows everything). */
    var FOCUS_ABOVE = 120;
    var CATEGORY_FILL = {'new': '#F4F5F7', 'indeterminate': '#DEEBFF', 'done': '#E3FCEF'};
    var PO = window.ProgramOffice;
    var byId = PO.byId;
    var format = PO.format;

    function style() {
        return [
            {selector: 'node', style: {
                'shape': 'round-rectangle', 'width': 74, 'height': 26, 'label': 'data(label)',
                'text-valign': 'center', 'text-halign': 'center', 'font-size': 11, 'font-family': 'sans-serif',
                'color': '#172B4D', 'background-color': 'data(fill)', 'border-width': 1, 'border-color': '#A5ADBA'}},
            {selector: 'node.po-team', style: {
                'width': 'label', 'height': 'label', 'padding': 10, 'font-size': 13, 'font-weight': 'bold',
                'text-wrap': 'wrap', 'background-color': '#F4F5F7'}},
            {selector: 'node.po-cycle', style: {
                'border-style': 'dashed', 'border-width': 3, 'border-color': '#FF991F', 'background-color': '#FFF0B3'}},
            {selector: 'node.po-critical', style: {'border-width': 3, 'border-color': '#0052CC'}},
            {selector: 'node.po-critical.po-cycle', style: {'border-color': '#0052CC', 'border-style': 'dashed'}},
            {selector: 'node.po-late', style: {'color': '#BF2600', 'font-weight': 'bold'}},
            {selector: 'edge', style: {
                'width': 1.5, 'line-color': '#A5ADBA', 'target-arrow-color': '#A5ADBA', 'target-arrow-shape': 'triangle',
                'curve-style': 'bezier', 'arrow-scale': 0.9}},
            {selector: 'edge.po-team-edge', style: {
                'width': 'data(width)', 'label': 'data(label)', 'font-size': 11, 'text-background-color': '#FFFFFF',
                'text-background-opacity': 1, 'text-background-padding': 2, 'color': '#42526E'}},
            {selector: 'edge.po-critical', style: {'width': 4, 'line-color': '#0052CC', 'target-arrow-color': '#0052CC'}},
            {selector: 'edge.po-late', style: {'line-color': '#DE350B', 'target-arrow-color': '#DE350B', 'width': 3}},
            {selector: 'edge.po-late.po-critical', style: {'line-style': 'dashed', 'width': 4}},
            {selector: 'edge.po-cycle-edge', style: {'line-color': '#FF991F', 'target-arrow-color': '#FF991F'}},
            {selector: 'node:selected', style: {'overlay-color': '#0065FF', 'overlay-opacity': 0.15}}
        ];
    }

    function layout(size) {
        var options = {algorithm: 'layered', 'elk.direction': 'RIGHT',
            'elk.spacing.nodeNode': 12, 'elk.layered.spacing.nodeNodeBetweenLayers': 40,
            'elk.spacing.componentComponent': 24};
        if (size > 300) { // fewer crossing-minimisation sweeps: about twice as fast on 2,000 issues
            options['elk.layered.thoroughness'] = 1;
            options['elk.layered.nodePlacement.strategy'] = 'LINEAR_SEGMENTS';
            options['elk.layered.crossingMinimization.greedySwitch.type'] = 'OFF';
            options['elk.layered.compaction.postCompaction.strategy'] = 'NONE';
        }
        return {name: 'elk', fit: false, padding: 20, animate: false, nodeDimensionsIncludeLabels: true, elk: options};
    }

    function init(section) {
        var context = section.dataset.contextPath || '';
        var base = context + REST + '/programs/' + encodeURIComponent(section.dataset.programKey) + '/dependencies';
        var text = section.dataset;
        var box = byId('po-graph');
        var status = byId('po-graph-status');
        var empty = byId('po-graph-empty');
        var errors = byId('po-graph-errors');
        var teamSelect = byId('po-graph-team');
        var stateSelect = byId('po-graph-state');
        var aggregate = 'auto';
        var cy = null;
        var loads = 0;
        var knownTeams = {};

        function get(path) {
            return fetch(base + path, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (response) {
                    return response.json().catch(function () {
                        return {errorMessages: [text.textError], errors: {}};
                    }).then(function (json) {
                        return {ok: response.ok, json: json};
                    });
                });
        }

        function showErrors(json) {
            errors.textContent = '';
            var messages = (json && json.errorMessages) || [];
            var fields = (json && json.errors) || {};
            Object.keys(fields).forEach(function (field) {
                messages.push(fields[field]);
            });
            messages.forEach(function (m) {
                var p = document.createElement('p');
                p.textContent = m;
                errors.appendChild(p);
            });
            errors.classList.toggle('hidden', messages.length === 0);
        }

        function query() {
            var params = new URLSearchParams();
            if (teamSelect.value) {
                params.append('team', teamSelect.value);
            }
            if (stateSelect.value) {
                params.append('state', stateSelect.value);
            }
            if (aggregate !== 'auto') {
                params.append('aggregate', aggregate);
            }
            return params.toString();
        }

        function rememberTeams(graph) {
            graph.nodes.forEach(function (n) {
                knownTeams[n.team] = true;
            });
            var chosen = teamSelect.value;
            Object.keys(knownTeams).sort().forEach(function (team) {
                var present = Array.prototype.some.call(teamSelect.options, function (o) {
                    return o.value === team;
                });
                if (!present) {
                    teamSelect.add(new Option(team, team));
                }
            });
            teamSelect.value = chosen;
        }

        function pressed(mode) {
            byId('po-graph-issues').setAttribute('aria-pressed', String(mode === 'issues'));
            byId('po-graph-teams').setAttribute('aria-pressed', String(mode === 'teams'));
            byId('po-graph-issues').classList.toggle('active', mode === 'issues');
            byId('po-graph-teams').classList.toggle('active', mode === 'teams');
        }

        function elements(graph) {
            var els = [];
            if (graph.counts.aggregated) {
                var widest = 1;
                graph.edges.forEach(function (e) {
                    widest = Math.max(widest, e.dependencies);
                });
                graph.nodes.forEach(function (n) {
                    var classes = ['po-team'];
                    if (n.critical > 0) {
                        classes.push('po-critical');
                    }
                    if (n.late > 0) {
                        classes.push('po-late');
                    }
                    els.push({group: 'nodes', classes: classes.join(' '), data: {id: 'team:' + n.team, team: n.team,
                        label: format(text.textTeamLabel, [n.team, n.issues]), fill: '#F4F5F7'}});
                });
                graph.edges.forEach(function (e, i) {
                    els.push({group: 'edges', classes: 'po-team-edge' + (e.late > 0 ? ' po-late' : ''), data: {
                        id: 't' + i, source: 'team:' + e.from, target: 'team:' + e.to,
                        label: format(text.textTeamEdge, [e.dependencies]),
                        width: 1.5 + 6 * e.dependencies / widest}});
                });
                return els;
            }
            var cycleOf = {};
            graph.nodes.forEach(function (n) {
                var classes = [];
                if (n.critical) {
                    classes.push('po-critical');
                }
                if (n.cycle !== null) {
                    classes.push('po-cycle');
                    cycleOf[n.key] = n.cycle;
                }
                if (n.late) {
                    classes.push('po-late');
                }
                els.push({group: 'nodes', classes: classes.join(' '), data: {id: n.key, label: n.key, team: n.team,
                    fill: CATEGORY_FILL[n.statusCategory] || '#FFFFFF',
                    title: format(text.textNodeTitle, [n.key, n.team, n.earlyStart, n.totalFloat])}});
            });
            graph.edges.forEach(function (e, i) {
                var classes = [];
                if (e.critical) {
                    classes.push('po-critical');
                }
                if (e.late) {
                    classes.push('po-late');
                }
                if (cycleOf[e.from] !== undefined && cycleOf[e.from] === cycleOf[e.to]) {
                    classes.push('po-cycle-edge');
                }
                els.push({group: 'edges', classes: classes.join(' '), data: {id: 'e' + i, source: e.from,
                    target: e.to, kind: e.kind, state: e.state}});
            });
            return els;
        }

        /** Zooms to the critical path and the cycles. */
        function focus() {
            if (!cy) {
                return;
            }
            var marked = cy.nodes('.po-critical, .po-cycle');
            var shown = marked.union(marked.connectedEdges('.po-critical, .po-cycle-edge').connectedNodes());
            cy.fit(shown.nonempty() ? shown : cy.elements(), 30);
            if (cy.zoom() > 0.8) { // keep their neighbourhood in view
                cy.zoom(0.8);
                cy.center(shown.nonempty() ? shown : cy.elements());
            }
        }

        function draw(graph) {
            var lib = window.ProgramOfficeGraphLib;
            if (cy) {
                cy.destroy();
                cy = null;
            }
            box.classList.toggle('hidden', graph.nodes.length === 0);
            if (graph.nodes.length === 0) {
                return Promise.resolve();
            }
            cy = lib.cytoscape({container: box, elements: elements(graph), style: style(), wheelSensitivity: 0.3,
                minZoom: 0.05, maxZoom: 3, boxSelectionEnabled: false, autoungrabify: true,
                textureOnViewport: graph.nodes.length > 500, hideEdgesOnViewport: graph.nodes.length > 500});
            box.poGraph = cy;
            cy.on('tap', 'node', function (event) {
                var node = event.target;
                if (node.hasClass('po-team')) {
                    teamSelect.value = node.data('team');
                    aggregate = 'issues';
                    load();
                } else {
                    window.location.assign(context + '/browse/' + encodeURIComponent(node.id()));
                }
            });
            cy.on('mouseover', 'node', function (event) {
                box.title = event.target.data('title') || '';
                box.style.cursor = 'pointer';
            });
            cy.on('mouseout', 'node', function () {
                box.title = '';
                box.style.cursor = '';
            });
            var started = window.performance.now();
            return new Promise(function (resolve) {
                var run = cy.layout(layout(graph.nodes.length));
                run.one('layoutstop', function () {
                    section.dataset.layoutMs = String(Math.round(window.performance.now() - started));
                    if (graph.nodes.length > FOCUS_ABOVE) {
                        focus();
                    } else {
                        cy.fit(cy.elements(), 20);
                    }
                    resolve();
                });
                run.run();
            });
        }

        function load() {
            var mine = ++loads;
            section.classList.remove('po-graph-loaded');
            status.textContent = text.textLoading;
            return get('/graph?' + query()).then(function (response) {
                if (mine !== loads) {
                    return null;
                }
                if (!response.ok) {
                    showErrors(response.json);
                    status.textContent = '';
                    return null;
                }
                showErrors(null);
                var graph = response.json;
                var counts = graph.counts;
                section.dataset.query = query();
                section.dataset.aggregated = String(counts.aggregated);
                rememberTeams(graph);
                pressed(counts.aggregated ? 'teams' : 'issues');
                var filtered = teamSelect.value !== '' || stateSelect.value !== '';
                empty.classList.toggle('hidden', graph.nodes.length > 0);
                empty.textContent = graph.nodes.length > 0 ? '' : (filtered ? text.textNoMatch : text.textEmpty);
                byId('po-graph-form').classList.toggle('hidden', graph.nodes.length === 0 && !filtered);
                byId('po-graph-legend').classList.toggle('hidden', graph.nodes.length === 0);
                status.textContent = counts.aggregated ? '' : format(text.textLayout, [counts.nodes, counts.edges]);
                // let the status paint before the layout takes the main thread
                return new Promise(function (resolve) {
                    window.setTimeout(resolve, 20);
                }).then(function () {
                    return draw(graph);
                }).then(function () {
                    if (mine !== loads) {
                        return;
                    }
                    if (counts.aggregated && aggregate !== 'teams') {
                        status.textContent = format(text.textAggregated, [counts.issues, counts.limit]);
                    } else if (counts.aggregated) {
                        status.textContent = format(text.textShownTeams, [counts.nodes, counts.issues,
                            counts.dependencies]);
                    } else {
                        status.textContent = format(text.textShown, [counts.nodes, counts.edges]);
                    }
                    section.classList.add('po-graph-loaded');
                });
            }).catch(function () {
                status.textContent = '';
                showErrors({errorMessages: [text.textError], errors: {}});
            });
        }

        function loadCounts() {
            return get('/analysis').then(function (response) {
                if (!response.ok) {
                    return;
                }
                var a = response.json;
                var values = {dependencies: a.dependencies, crossProject: a.crossProject, cycles: a.cycles,
                    longestChain: a.longestChain, late: a.late.length};
                Object.keys(values).forEach(function (name) {
                    byId('po-count-' + name).textContent = String(values[name]);
                });
                byId('po-graph-counts').classList.add('po-counts-loaded');
            });
        }

        teamSelect.addEventListener('change', function () {
            load();
        });
        stateSelect.addEventListener('change', function () {
            load();
        });
        byId('po-graph-issues').addEventListener('click', function () {
            aggregate = 'issues';
            load();
        });
        byId('po-graph-teams').addEventListener('click', function () {
            aggregate = 'teams';
            load();
        });
        byId('po-graph-fit').addEventListener('click', function () {
            if (cy) {
                cy.fit(cy.elements(), 20);
            }
        });
        byId('po-graph-focus').addEventListener('click', focus);
        byId('po-graph-form').addEventListener('submit', function (event) {
            event.preventDefault();
        });
        loadCounts();
        load();
    }

    PO.onReady(function () {
        var section = byId('program-office-dependencies');
        if (section) {
            init(section);
        }
    });
}());
