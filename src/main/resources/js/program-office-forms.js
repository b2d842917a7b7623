/*
 * Program Office forms: the program settings form, the program scheme editor and scheme import.
 * The pages render the forms (all text comes from the server's i18n); this script fills the choices, loads and
 * saves JSON through the REST API with Jira's XSRF header, and shows errors next to their fields.
 * Values only ever reach the page through textContent, value or option constructors, never as HTML.
 */
(function () {
    'use strict';

    var REST = '/rest/program-office/1.0';

    function api(context, method, path, body) {
        var headers = {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'};
        var init = {method: method, credentials: 'same-origin', headers: headers};
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
            init.body = typeof body === 'string' ? body : JSON.stringify(body);
        }
        return fetch(context + REST + path, init).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try {
                    json = text ? JSON.parse(text) : null;
                } catch (e) {
                    json = {errorMessages: [text || ('HTTP ' + response.status)], errors: {}};
                }
                return {status: response.status, ok: response.ok, json: json};
            });
        });
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function clearErrors(form) {
        form.querySelectorAll('.error').forEach(function (el) {
            el.textContent = '';
        });
        var box = byId('po-form-errors');
        if (box) {
            box.textContent = '';
            box.classList.add('hidden');
        }
    }

    function showMessages(messages) {
        var box = byId('po-form-errors');
        if (!box || !messages.length) {
            return;
        }
        messages.forEach(function (message) {
            var p = document.createElement('p');
            p.textContent = message;
            box.appendChild(p);
        });
        box.classList.remove('hidden');
    }

    /** Puts each field error under its field; errors for rows of a table go to that row's cell. */
    function showErrors(form, result) {
        clearErrors(form);
        var body = result.json || {};
        var general = (body.errorMessages || []).slice();
        var fields = body.errors || {};
        Object.keys(fields).forEach(function (path) {
            var target = form.querySelector('[data-error-for="' + CSS.escape(path) + '"]');
            var row = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path);
            if (!target && row) {
                var rows = form.querySelectorAll('[data-rows="' + CSS.escape(row[1]) + '"] > tr');
                var tr = rows[Number(row[2])];
                target = tr ? tr.querySelector('[data-error-suffix="' + CSS.escape(row[3]) + '"]') : null;
            }
            if (target) {
                target.textContent = fields[path];
            } else {
                general.push(path + ': ' + fields[path]);
            }
        });
        if (!general.length && !Object.keys(fields).length && !result.ok) {
            general.push('HTTP ' + result.status);
        }
        showMessages(general);
    }

    function fillOptions(select, items, describe) {
        items.forEach(function (item) {
            var label = describe && item.detail ? item.name + ' (' + item.detail + ')' : item.name;
            select.appendChild(new Option(label, item.id));
        });
    }

    function selectValues(select, values) {
        Array.prototype.forEach.call(select.options, function (option) {
            option.selected = values.indexOf(option.value) >= 0;
        });
    }

    /** A number input's value as a number, or null when empty (the server then takes its default). */
    function numberOrNull(value) {
        return value === '' ? null : Number(value);
    }

    function selected(select) {
        return Array.prototype.filter.call(select.options, function (o) {
            return o.selected && o.value !== '';
        }).map(function (o) {
            return o.value;
        });
    }

    function people(text) {
        return text.split(/[\s,]+/).filter(function (s) {
            return s.length > 0;
        });
    }

    function busy(button, on) {
        button.disabled = on;
        button.setAttribute('aria-busy', on ? 'true' : 'false');
    }

    /* ---------------------------------------------------------------- program settings */

    function programForm(form) {
        var context = form.dataset.context;
        var key = form.dataset.programKey;
        var version = null;
        var archived = false;
        var save = byId('po-save');
        var archive = byId('po-archive');
        var remove = byId('po-delete');

        Promise.all([api(context, 'GET', '/reference/schemes'), api(context, 'GET', '/reference/projects'),
            key ? api(context, 'GET', '/programs/' + encodeURIComponent(key)) : Promise.resolve(null)])
            .then(function (results) {
                fillOptions(byId('po-scheme'), results[0].json || []);
                fillOptions(byId('po-projects'), results[1].json || [], true);
                var program = results[2];
                if (program && !program.ok) {
                    showErrors(form, program);
                    return;
                }
                if (program) {
                    var p = program.json;
                    version = p.version;
                    archived = p.archived;
                    byId('po-key').value = p.key;
                    byId('po-key').readOnly = true;
                    byId('po-name').value = p.name;
                    byId('po-description').value = p.description || '';
                    byId('po-scheme').value = String(p.schemeId);
                    selectValues(byId('po-projects'), p.scope.projects || []);
                    byId('po-jql').value = p.scope.jql || '';
                    byId('po-owners').value = (p.owners || []).join(', ');
                    byId('po-stakeholders').value = (p.stakeholders || []).join(', ');
                    archive.textContent = archived ? archive.dataset.restoreLabel : archive.dataset.archiveLabel;
                    archive.classList.remove('hidden');
                    remove.classList.remove('hidden');
                    document.querySelector('.po-archived-group').classList.toggle('hidden', !archived);
                }
                form.classList.add('po-loaded');
            });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var scheme = byId('po-scheme').value;
            var body = {
                name: byId('po-name').value,
                description: byId('po-description').value,
                schemeId: scheme === '' ? null : Number(scheme),
                scope: {projects: selected(byId('po-projects')), jql: byId('po-jql').value || null},
                owners: people(byId('po-owners').value),
                stakeholders: people(byId('po-stakeholders').value)
            };
            if (key) {
                body.version = version;
            } else {
                body.key = byId('po-key').value;
                if (!body.owners.length) {
                    delete body.owners;
                }
            }
            busy(save, true);
            api(context, key ? 'PUT' : 'POST', key ? '/programs/' + encodeURIComponent(key) : '/programs', body)
                .then(function (result) {
                    busy(save, false);
                    if (result.ok) {
                        window.location.assign(context + '/plugins/servlet/program-office/program?key='
                            + encodeURIComponent(result.json.key));
                    } else {
                        showErrors(form, result);
                    }
                });
        });

        archive.addEventListener('click', function () {
            var path = '/programs/' + encodeURIComponent(key) + (archived ? '/restore' : '/archive') + '?version=' + version;
            api(context, 'POST', path).then(function (result) {
                if (result.ok) {
                    window.location.reload();
                } else {
                    showErrors(form, result);
                }
            });
        });

        remove.addEventListener('click', function () {
            if (!window.confirm(remove.dataset.confirm)) {
                return;
            }
            api(context, 'DELETE', '/programs/' + encodeURIComponent(key) + '?version=' + version).then(function (result) {
                if (result.ok) {
                    window.location.assign(context + '/plugins/servlet/program-office/programs');
                } else {
                    showErrors(form, result);
                }
            });
        });
    }

    /* ---------------------------------------------------------------- scheme editor */

    function schemeForm(form) {
        var context = form.dataset.context;
        var id = form.dataset.schemeId;
        var version = null;
        var rows = document.querySelector('#po-link-types tbody');
        rows.setAttribute('data-rows', 'dependencyLinkTypes');
        var template = byId('po-link-type-row');
        var linkTypes = [];

        function addRow(value) {
            var row = template.content.firstElementChild.cloneNode(true);
            var name = row.querySelector('.po-linktype-name');
            fillOptions(name, linkTypes, true);
            if (value) {
                if (!linkTypes.some(function (t) { return t.id === value.linkType; })) {
                    name.appendChild(new Option(value.linkType, value.linkType));
                }
                name.value = value.linkType;
                row.querySelector('.po-linktype-kind').value = value.kind;
                row.querySelector('.po-linktype-end').value = value.dependentEnd;
                row.querySelector('.po-linktype-lag').value = value.lagDays;
            }
            row.querySelector('.po-linktype-remove').addEventListener('click', function () {
                row.remove();
            });
            rows.appendChild(row);
        }

        function source(kindSelect, fieldSelect) {
            var kind = byId(kindSelect).value;
            var field = byId(fieldSelect).value;
            return {source: kind, fieldId: field === '' ? null : field};
        }

        function showFieldPickers() {
            byId('po-estimate-field').classList.toggle('hidden', byId('po-estimate').value !== 'STORY_POINTS');
            byId('po-team-field').classList.toggle('hidden', byId('po-team').value !== 'FIELD');
        }

        Promise.all([api(context, 'GET', '/reference/link-types'), api(context, 'GET', '/reference/statuses'),
            api(context, 'GET', '/reference/fields'),
            id ? api(context, 'GET', '/schemes/' + encodeURIComponent(id)) : Promise.resolve(null)])
            .then(function (results) {
                linkTypes = results[0].json || [];
                fillOptions(byId('po-done-statuses'), results[1].json || [], true);
                fillOptions(byId('po-estimate-field'), results[2].json || [], true);
                fillOptions(byId('po-team-field'), results[2].json || [], true);
                document.querySelectorAll('.po-risk-field').forEach(function (select) {
                    fillOptions(select, results[2].json || [], true);
                });
                var scheme = results[3];
                if (scheme && !scheme.ok) {
                    showErrors(form, scheme);
                    return;
                }
                var s = scheme ? scheme.json : {
                    dependencyLinkTypes: [], doneStatusCategories: ['done'], doneStatuses: [],
                    estimate: {source: 'ISSUE_COUNT'}, team: {source: 'PROJECT'}, milestoneSource: 'FIX_VERSION',
                    calendar: {workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], holidays: []}
                };
                if (scheme) {
                    version = s.version;
                    byId('po-scheme-delete').classList.remove('hidden');
                }
                byId('po-scheme-name').value = s.name || '';
                byId('po-scheme-description').value = s.description || '';
                s.dependencyLinkTypes.forEach(addRow);
                document.querySelectorAll('.po-done-category').forEach(function (box) {
                    box.checked = s.doneStatusCategories.indexOf(box.value) >= 0;
                });
                selectValues(byId('po-done-statuses'), s.doneStatuses || []);
                byId('po-estimate').value = s.estimate.source;
                byId('po-estimate-field').value = s.estimate.fieldId || '';
                byId('po-team').value = s.team.source;
                byId('po-team-field').value = s.team.fieldId || '';
                byId('po-milestones').value = s.milestoneSource;
                var durations = s.durations || {};
                byId('po-days-per-unit').value = durations.workingDaysPerUnit == null ? '' : durations.workingDaysPerUnit;
                byId('po-default-days').value = durations.defaultWorkingDays == null ? '' : durations.defaultWorkingDays;
                document.querySelectorAll('.po-workday').forEach(function (box) {
                    box.checked = s.calendar.workingDays.indexOf(box.value) >= 0;
                });
                byId('po-holidays').value = (s.calendar.holidays || []).join('\n');
                var risks = s.risks || {};
                byId('po-risk-type').value = risks.issueType || '';
                document.querySelectorAll('.po-risk-field').forEach(function (select) {
                    var value = risks[select.dataset.role + 'Field'];
                    if (value) {
                        select.value = value;
                    }
                });
                showFieldPickers();
                form.classList.add('po-loaded');
            });

        byId('po-estimate').addEventListener('change', function () {
            byId('po-days-per-unit').value = '';
            showFieldPickers();
        });
        byId('po-team').addEventListener('change', showFieldPickers);
        byId('po-linktype-add').addEventListener('click', function () {
            addRow(null);
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = {
                name: byId('po-scheme-name').value,
                description: byId('po-scheme-description').value,
                dependencyLinkTypes: Array.prototype.map.call(rows.querySelectorAll('tr'), function (row) {
                    var lag = row.querySelector('.po-linktype-lag').value;
                    return {
                        linkType: row.querySelector('.po-linktype-name').value,
                        kind: row.querySelector('.po-linktype-kind').value,
                        dependentEnd: row.querySelector('.po-linktype-end').value,
                        lagDays: lag === '' ? 0 : Number(lag)
                    };
                }),
                doneStatusCategories: Array.prototype.filter.call(document.querySelectorAll('.po-done-category'),
                    function (box) { return box.checked; }).map(function (box) { return box.value; }),
                doneStatuses: selected(byId('po-done-statuses')),
                estimate: source('po-estimate', 'po-estimate-field'),
                team: source('po-team', 'po-team-field'),
                milestoneSource: byId('po-milestones').value,
                durations: {
                    workingDaysPerUnit: numberOrNull(byId('po-days-per-unit').value),
                    defaultWorkingDays: numberOrNull(byId('po-default-days').value)
                },
                calendar: {
                    workingDays: Array.prototype.filter.call(document.querySelectorAll('.po-workday'),
                        function (box) { return box.checked; }).map(function (box) { return box.value; }),
                    holidays: byId('po-holidays').value.split(/\s+/).filter(function (d) { return d.length > 0; })
                }
            };
            if (body.estimate.source !== 'STORY_POINTS') {
                body.estimate.fieldId = null;
            }
            if (body.team.source !== 'FIELD') {
                body.team.fieldId = null;
            }
            if (byId('po-risk-type').value.trim() !== '') {
                body.risks = {issueType: byId('po-risk-type').value};
                document.querySelectorAll('.po-risk-field').forEach(function (select) {
                    body.risks[select.dataset.role + 'Field'] = select.value === '' ? null : select.value;
                });
            }
            if (id) {
                body.version = version;
            }
            var save = byId('po-scheme-save');
            busy(save, true);
            api(context, id ? 'PUT' : 'POST', id ? '/schemes/' + encodeURIComponent(id) : '/schemes', body)
                .then(function (result) {
                    busy(save, false);
                    if (result.ok) {
                        window.location.assign(context + '/plugins/servlet/program-office/admin/schemes');
                    } else {
                        showErrors(form, result);
                    }
                });
        });

        byId('po-scheme-delete').addEventListener('click', function () {
            var button = byId('po-scheme-delete');
            if (!window.confirm(button.dataset.confirm)) {
                return;
            }
            api(context, 'DELETE', '/schemes/' + encodeURIComponent(id) + '?version=' + version).then(function (result) {
                if (result.ok) {
                    window.location.assign(context + '/plugins/servlet/program-office/admin/schemes');
                } else {
                    showErrors(form, result);
                }
            });
        });
    }

    /* ---------------------------------------------------------------- scheme import */

    function schemeImport(input) {
        var context = input.dataset.context;
        input.addEventListener('change', function () {
            var file = input.files && input.files[0];
            if (!file) {
                return;
            }
            file.text().then(function (text) {
                return api(context, 'POST', '/schemes/import', text);
            }).then(function (result) {
                if (result.ok) {
                    window.location.reload();
                } else {
                    var box = byId('po-form-errors');
                    box.textContent = '';
                    var messages = (result.json.errorMessages || []).slice();
                    Object.keys(result.json.errors || {}).forEach(function (field) {
                        messages.push(field + ': ' + result.json.errors[field]);
                    });
                    showMessages(messages);
                }
                input.value = '';
            });
        });
    }

    /** Editing a field clears the error shown under it, so stale messages don't linger. */
    function clearOnEdit(form) {
        ['input', 'change'].forEach(function (type) {
            form.addEventListener(type, function (event) {
                var holder = event.target.closest('td, .field-group, fieldset');
                if (holder) {
                    holder.querySelectorAll('.error').forEach(function (el) {
                        el.textContent = '';
                    });
                }
            });
        });
    }

    function start() {
        document.querySelectorAll('form.po-form').forEach(clearOnEdit);
        var program = byId('po-program-form');
        if (program) {
            programForm(program);
        }
        var scheme = byId('po-scheme-form');
        if (scheme) {
            schemeForm(scheme);
        }
        var importer = byId('po-scheme-import-file');
        if (importer) {
            schemeImport(importer);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
