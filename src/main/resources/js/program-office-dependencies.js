/*
 * Program Office: the Dependencies tab of a program page. The page renders the controls (all text from the server's
 * i18n, texts for the script in data-text-* attributes); this script fetches GET /programs/{key}/dependencies/analysis
 * for the counts and GET /programs/{key}/dependencies/graph for the graph, and draws it with the bundled graph
 * library (window.ProgramOfficeGraphLib: Cytoscape.js) at the positions the server's layered layout gave each node,
 * upstream on the left, so no layout runs in the browser. Values reach the page only through textContent, option
 * constructors and the graph's canvas labels, never as HTML.
 */
(function () {
    'use strict';

    var REST = '/rest/program-office/1.0';
    /** Above this many nodes the view opens on the critical path and the cycles (Fit all shows everything). */
    var FOCUS_ABOVE = 120;
    /** Elements added in the first frame while drawing; later slices aim at frames of about FRAME_MS. */
    var SLICE = 150;
    var FRAME_MS = 50;
    /**
     * Above this many nodes the plain dependencies (not critical, late or in a cycle) are drawn as Cytoscape's
     * straight 'haystack' lines, without arrowheads: upstream is always on their left, and they cost Cytoscape about
     * half as much to measure and draw as the arrowed ones.
     */
    var PLAIN_ABOVE = 1000;
    var CATEGORY_FILL = {'new': '#F4F5F7', 'indeterminate': '#DEEBFF', 'done': '#E3FCEF'};
    var PO = window.ProgramOffice;
    var byId = PO.byId;
    var format = PO.format;

    function style() {
        return [
            {selector: 'node', style: {
                'shape': 'round-rectangle', 'width': 74, 'height': 26, 'label': 'data(label)',
                'text-valign': 'center', 'text-halign': 'center', 'font-size': 11, 'font-family': 'sans-serif',
                'color': '#172B4D', 'background-color': 'data(fill)', 'border-width': 1, 'border-color': '#A5ADBA',
                'min-zoomed-font-size': 6}},
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
            {selector: 'edge.po-plain', style: {'curve-style': 'haystack', 'haystack-radius': 0}},
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
                        label: format(text.textTeamLabel, [n.team, n.issues]), fill: '#F4F5F7'},
                        position: {x: n.x, y: n.y}});
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
                    title: format(text.textNodeTitle, [n.key, n.team, n.earlyStart, n.totalFloat])},
                    position: {x: n.x, y: n.y}});
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
                if (classes.length === 0 && graph.nodes.length > PLAIN_ABOVE) {
                    classes.push('po-plain');
                }
                els.push({group: 'edges', classes: classes.join(' '), data: {id: 'e' + i, source: e.from,
                    target: e.to, kind: e.kind, state: e.state}});
            });
            return els;
        }

        /**
         * The view a large graph opens on, from the server's positions alone (no bounding boxes to compute): the
         * critical path and the cycles with their edges' ends, as focus() shows them (all when there are none).
         */
        function initialView(graph) {
            var half = graph.counts.aggregated ? {w: 95, h: 28} : {w: 37, h: 13};
            var marked = {};
            var any = false;
            var cycleOf = {};
            if (!graph.counts.aggregated) { // teams: all of them
                graph.nodes.forEach(function (n) {
                    cycleOf[n.key] = n.cycle;
                    if (n.critical || n.cycle !== null) {
                        marked[n.key] = any = true;
                    }
                });
                graph.edges.forEach(function (e) {
                    if (e.critical || (cycleOf[e.from] !== null && cycleOf[e.from] === cycleOf[e.to])) {
                        marked[e.from] = marked[e.to] = true;
                    }
                });
            }
            var bounds = {x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity};
            graph.nodes.forEach(function (n) {
                if (!any || marked[n.key]) {
                    bounds.x1 = Math.min(bounds.x1, n.x - half.w);
                    bounds.x2 = Math.max(bounds.x2, n.x + half.w);
                    bounds.y1 = Math.min(bounds.y1, n.y - half.h);
                    bounds.y2 = Math.max(bounds.y2, n.y + half.h);
                }
            });
            var padding = 30;
            var width = box.clientWidth || 800;
            var height = box.clientHeight || 600;
            var zoom = Math.min((width - 2 * padding) / (bounds.x2 - bounds.x1),
                (height - 2 * padding) / (bounds.y2 - bounds.y1));
            zoom = Math.max(0.05, Math.min(0.8, zoom)); // as focus(): keep the neighbourhood in view
            return {zoom: zoom, pan: {x: width / 2 - zoom * (bounds.x1 + bounds.x2) / 2,
                y: height / 2 - zoom * (bounds.y1 + bounds.y2) / 2}};
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

        /**
         * Draws the graph at the server's positions, adding the elements a slice per frame so that no task holds the
         * main thread for long (Cytoscape measures each new element in the frame after it is added; slices shrink or
         * grow to keep frames near FRAME_MS), the view off the graph meanwhile so that those frames draw nothing;
         * then shows the whole graph, or the critical path and the cycles of a large one. Resolves when it is on
         * screen (data-draw-ms: how long it took), or when a newer draw replaced it.
         */
        function draw(graph) {
            var lib = window.ProgramOfficeGraphLib;
            var started = window.performance.now();
            if (cy) {
                cy.destroy();
                cy = null;
            }
            box.classList.toggle('hidden', graph.nodes.length === 0);
            if (graph.nodes.length === 0) {
                return Promise.resolve();
            }
            var view = graph.nodes.length > FOCUS_ABOVE ? initialView(graph) : null;
            var mine = lib.cytoscape({container: box, style: style(), wheelSensitivity: 0.3,
                minZoom: 0.05, maxZoom: 3, boxSelectionEnabled: false, autoungrabify: true,
                zoom: view ? view.zoom : 1, pan: {x: -1e7, y: -1e7}, // off the graph until it is complete
                textureOnViewport: graph.nodes.length > 500, hideEdgesOnViewport: graph.nodes.length > 500});
            cy = mine;
            box.poGraph = mine;
            mine.on('tap', 'node', function (event) {
                var node = event.target;
                if (node.hasClass('po-team')) {
                    teamSelect.value = node.data('team');
                    aggregate = 'issues';
                    load();
                } else {
                    window.location.assign(context + '/browse/' + encodeURIComponent(node.id()));
                }
            });
            mine.on('mouseover', 'node', function (event) {
                box.title = event.target.data('title') || '';
                box.style.cursor = 'pointer';
            });
            mine.on('mouseout', 'node', function () {
                box.title = '';
                box.style.cursor = '';
            });
            var els = elements(graph);
            var edgesFrom = graph.nodes.length; // elements() lists the nodes first
            var next = 0;
            var slice = SLICE;
            return new Promise(function (resolve) {
                function frame(then) { // after the next frame has been drawn
                    window.requestAnimationFrame(function () {
                        window.setTimeout(then, 0);
                    });
                }
                function show() {
                    if (mine.destroyed()) {
                        resolve();
                        return;
                    }
                    if (view) {
                        mine.viewport(view);
                    } else {
                        mine.fit(mine.elements(), 20);
                    }
                    frame(function () {
                        section.dataset.drawMs = String(Math.round(window.performance.now() - started));
                        resolve();
                    });
                }
                var last = 0;
                function add() {
                    if (mine.destroyed()) {
                        resolve();
                        return;
                    }
                    var now = window.performance.now();
                    if (last > 0) { // aim at frames of about FRAME_MS
                        slice = now - last > 2 * FRAME_MS ? Math.max(20, Math.floor(slice / 2))
                            : now - last < FRAME_MS ? Math.floor(slice * 1.5) : slice;
                    }
                    if (next === edgesFrom && next > 0) { // an edge costs Cytoscape more than a node
                        slice = Math.max(20, Math.floor(slice / 3));
                    }
                    last = now;
                    var end = Math.min(next + slice, next < edgesFrom ? edgesFrom : els.length);
                    mine.add(els.slice(next, end));
                    next = end;
                    frame(next < els.length ? add : show);
                }
                frame(add);
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
                // let the status paint before drawing takes the main thread
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
