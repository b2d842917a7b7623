/*
 * Program Office: the program index administration page. Starts a rebuild through the REST API (Jira's XSRF
 * header), then polls this node's index status every second while it builds, updating the progress bar and the
 * status table. Values only reach the page through textContent and style widths, never as HTML.
 */
(function () {
    'use strict';

    var REST = '/rest/program-office/1.0/admin/index';

    function byId(id) {
        return document.getElementById(id);
    }

    function text(id, value) {
        var el = byId(id);
        if (el) {
            el.textContent = value === null || value === undefined ? '-' : String(value);
        }
    }

    function number(n) {
        return Number(n || 0).toLocaleString('en-US');
    }

    function memory(bytes) {
        return bytes < 1048576 ? (bytes / 1024).toFixed(1) + ' KB' : (bytes / 1048576).toFixed(1) + ' MB';
    }

    function when(iso) {
        if (!iso) {
            return '-';
        }
        var d = new Date(iso);
        function two(n) {
            return (n < 10 ? '0' : '') + n;
        }
        return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + two(d.getHours())
            + ':' + two(d.getMinutes()) + ':' + two(d.getSeconds());
    }

    function show(status) {
        var building = status.state === 'BUILDING';
        text('po-index-node', status.node);
        text('po-index-state', status.state);
        var lozenge = byId('po-index-state');
        lozenge.classList.toggle('aui-lozenge-success', status.state === 'READY');
        lozenge.classList.toggle('aui-lozenge-current', building);
        lozenge.classList.toggle('aui-lozenge-error', status.state === 'FAILED');
        text('po-index-issues', number(status.issues));
        text('po-index-links', number(status.links));
        text('po-index-memory', memory(status.retainedBytes));
        text('po-index-build', status.lastBuild ? when(status.lastBuild) + ' (' + number(status.lastBuildMillis)
            + ' ms)' : '-');
        text('po-index-event', when(status.lastEvent));
        text('po-index-reconcile', when(status.lastReconcile));
        text('po-index-repairs', status.lastRepairs);
        byId('po-index-failure').textContent = status.failure || '';
        var percent = status.progressTotal > 0
            ? Math.min(100, Math.floor(status.progressDone * 100 / status.progressTotal)) : 0;
        text('po-index-progress', number(status.progressDone) + ' / ' + number(status.progressTotal));
        byId('po-index-progressbar').setAttribute('data-value', String(percent / 100));
        byId('po-index-progressbar-value').style.width = percent + '%';
        byId('po-index-progress-box').classList.toggle('hidden', !building);
        byId('po-index-rebuild').disabled = building;
        return building;
    }

    function fail(message) {
        var box = byId('po-index-message');
        box.textContent = message;
        box.classList.remove('hidden');
    }

    function request(context, method, path) {
        return fetch(context + REST + path, {
            method: method, credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
        }).then(function (response) {
            return response.json().catch(function () {
                return {errorMessages: ['HTTP ' + response.status]};
            }).then(function (json) {
                return {ok: response.ok, json: json};
            });
        });
    }

    function poll(context) {
        request(context, 'GET', '').then(function (r) {
            if (!r.ok) {
                fail((r.json.errorMessages || []).join(' '));
                return;
            }
            if (show(r.json)) {
                window.setTimeout(function () {
                    poll(context);
                }, 1000);
            }
        });
    }

    function init() {
        var page = byId('program-office-index');
        if (!page) {
            return;
        }
        var context = page.getAttribute('data-context') || '';
        byId('po-index-rebuild').addEventListener('click', function () {
            byId('po-index-message').classList.add('hidden');
            byId('po-index-rebuild').disabled = true;
            request(context, 'POST', '/rebuild').then(function (r) {
                if (!r.ok) {
                    fail((r.json.errorMessages || []).join(' '));
                }
                show(r.ok ? r.json : {state: 'READY'});
                poll(context);
            });
        });
        if (page.getAttribute('data-building') === 'true') {
            poll(context);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
