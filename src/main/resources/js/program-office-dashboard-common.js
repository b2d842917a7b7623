/*
 * What the Program Office dashboard items share: DOM and REST helpers, the program picker each item's edit mode
 * shows (the chosen program is saved with API.savePreferences({programKey: KEY})) and the render of a chosen
 * program (loading bar, title, content or a warning). For the dashboard item API's sources see
 * program-office-dashboard-item.js. Every value is written with DOM text APIs, never as HTML.
 */
define('program-office/dashboard-item/common', ['wrm/context-path'], function (contextPath) {
    'use strict';

    var REST = '/rest/program-office/1.0';
    var TEXT = {
        program: AJS.I18n.getText('program-office.dashboard.program'),
        save: AJS.I18n.getText('program-office.dashboard.save'),
        cancel: AJS.I18n.getText('program-office.dashboard.cancel'),
        notConfigured: AJS.I18n.getText('program-office.dashboard.notConfigured'),
        noPrograms: AJS.I18n.getText('program-office.dashboard.noPrograms'),
        loadFailed: AJS.I18n.getText('program-office.dashboard.loadFailed')
    };

    /** The pattern with {0}, {1}, ... replaced by the arguments after it. */
    function format(pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        return pattern.replace(/\{(\d+)[^}]*\}/g, function (match, index) {
            return index < args.length ? String(args[index]) : match;
        });
    }

    /** An element with classes and optional text (set as text, never parsed as HTML). */
    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    function root(context) {
        var node = context && context.jquery ? context[0] : context;
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    }

    function getJson(path) {
        return fetch(contextPath() + REST + path, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.json();
            });
    }

    /** Every active program, page by page. */
    function programs(startAt, collected) {
        return getJson('/programs?archived=false&maxResults=100&startAt=' + startAt).then(function (page) {
            var all = collected.concat(page.values || []);
            var next = startAt + (page.values || []).length;
            return page.isLast || next >= page.total || !(page.values || []).length || all.length >= 1000
                ? all : programs(next, all);
        });
    }

    /**
     * The edit mode of an item: a form to choose one of the active programs ({@code idPrefix} makes the select's id,
     * with the item's gadget id), Save and, when a program is already chosen, Cancel.
     */
    function programPicker(API, context, preferences, idPrefix) {
        var node = root(context);
        var current = preferences && preferences.programKey;
        var form = el('form', 'aui po-dash-config');
        var group = el('div', 'field-group');
        var id = idPrefix + String(API.getGadgetId()).replace(/[^A-Za-z0-9_-]/g, '_');
        var label = el('label', null, TEXT.program);
        label.setAttribute('for', id);
        var select = el('select', 'select po-dash-program');
        select.id = id;
        select.name = 'programKey';
        group.appendChild(label);
        group.appendChild(select);
        var buttons = el('div', 'buttons');
        var save = el('button', 'aui-button aui-button-primary po-dash-save', TEXT.save);
        save.type = 'submit';
        save.disabled = true;
        buttons.appendChild(save);
        if (current) {
            var cancel = el('button', 'aui-button aui-button-link po-dash-cancel', TEXT.cancel);
            cancel.type = 'button';
            cancel.addEventListener('click', function () {
                API.closeEdit();
            });
            buttons.appendChild(cancel);
        }
        var container = el('div', 'buttons-container');
        container.appendChild(buttons);
        form.appendChild(group);
        form.appendChild(container);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (select.value) {
                API.showLoadingBar();
                API.savePreferences({programKey: select.value});
            }
        });
        node.appendChild(form);

        API.showLoadingBar();
        programs(0, []).then(function (values) {
            API.hideLoadingBar();
            if (values.length === 0) {
                form.insertBefore(el('p', 'po-dash-message', TEXT.noPrograms), group);
            }
            values.forEach(function (program) {
                var option = el('option', null, program.key + ' \u2013 ' + program.name);
                option.value = program.key;
                option.selected = program.key === current;
                select.appendChild(option);
            });
            save.disabled = values.length === 0;
            API.resize();
        }, function () {
            API.hideLoadingBar();
            form.insertBefore(el('div', 'aui-message aui-message-warning po-dash-message', TEXT.loadFailed), group);
            API.resize();
        });
    }

    /**
     * For an item's render: when no program is chosen yet, shows the picker ({@link programPicker}) to those who may
     * edit the item and a message to the others, and answers true; else answers false.
     */
    function unconfigured(API, context, preferences, idPrefix) {
        if (preferences && preferences.programKey) {
            return false;
        }
        if (API.isEditable()) {
            programPicker(API, context, preferences, idPrefix);
        } else {
            root(context).appendChild(el('p', 'po-dash-message', TEXT.notConfigured));
        }
        return true;
    }

    /**
     * An item's render: when no program is chosen yet, what {@link unconfigured} does; else shows the loading bar
     * while {@code load(encodedKey)} (a promise) runs, then titles the item "{@code title}: KEY" and appends what
     * {@code build(result, key)} makes, or a warning when loading failed.
     */
    function renderProgram(API, context, preferences, idPrefix, title, load, build) {
        var node = root(context);
        if (unconfigured(API, context, preferences, idPrefix)) {
            return;
        }
        var key = preferences.programKey;
        API.showLoadingBar();
        load(encodeURIComponent(key)).then(function (result) {
            API.hideLoadingBar();
            // the title takes only the key (validated [A-Z][A-Z0-9_]): the host may render titles as markup;
            // free text such as the program's name goes into the body as text
            API.setTitle(title + ': ' + key);
            node.appendChild(build(result, key));
            API.resize();
        }, function () {
            API.hideLoadingBar();
            node.appendChild(el('div', 'aui-message aui-message-warning po-dash-message', TEXT.loadFailed));
            API.resize();
        });
    }

    /** An AUI table with a header row of {@code headings} (texts); answers {table, body} to fill the body. */
    function table(className, headings) {
        var t = el('table', 'aui ' + className);
        var head = el('tr');
        headings.forEach(function (text) {
            head.appendChild(el('th', null, text));
        });
        var thead = el('thead');
        thead.appendChild(head);
        t.appendChild(thead);
        var body = el('tbody');
        t.appendChild(body);
        return {table: t, body: body};
    }

    /** The footer of an item: one link with {@code text} to {@code href}. */
    function footer(text, href) {
        var open = el('a', 'po-dash-open', text);
        open.href = href;
        var p = el('p', 'po-dash-footer');
        p.appendChild(open);
        return p;
    }

    /** The program page of {@code key}, optionally on one of its tabs. */
    function programPage(key, tab) {
        return contextPath() + '/plugins/servlet/program-office/program?key=' + encodeURIComponent(key)
            + (tab ? '&tab=' + encodeURIComponent(tab) : '');
    }

    return {
        contextPath: contextPath, text: TEXT, format: format, el: el, root: root, getJson: getJson,
        programPicker: programPicker, unconfigured: unconfigured, renderProgram: renderProgram, table: table,
        footer: footer, programPage: programPage
    };
});
