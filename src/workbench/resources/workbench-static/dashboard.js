/*
 * The workbench dashboard: builds each dashboard item from its AMD module and hands it the subset of Jira's
 * dashboard item API that items use (isEditable, savePreferences, setTitle, showLoadingBar, hideLoadingBar,
 * getContext, closeEdit, getGadgetId, resize, once('afterRender')). "Edit" calls the item's renderEdit; saving
 * preferences stores them for the user (PUT /rest/dashboards/1.0/10000/gadget/<item>/prefs) and renders the view
 * again with them, as Jira does.
 */
(function () {
    'use strict';
    var contextPath = window.require('wrm/context-path');

    function setUp(gadget) {
        var key = gadget.getAttribute('data-item-key');
        var content = gadget.querySelector('.workbench-gadget-content');
        var title = gadget.querySelector('.workbench-gadget-title');
        var loading = gadget.querySelector('.workbench-gadget-loading');
        var preferences = JSON.parse(gadget.getAttribute('data-preferences') || '{}');
        var afterRender = [];
        var item;

        function context() {
            return window.jQuery ? window.jQuery(content) : content;
        }

        function clear() {
            while (content.firstChild) {
                content.removeChild(content.firstChild);
            }
        }

        function rendered() {
            var callbacks = afterRender;
            afterRender = [];
            callbacks.forEach(function (callback) {
                callback();
            });
        }

        function view() {
            clear();
            gadget.setAttribute('data-mode', 'view');
            item.render(context(), preferences);
            rendered();
        }

        function edit() {
            clear();
            gadget.setAttribute('data-mode', 'edit');
            item.renderEdit(context(), preferences);
            rendered();
        }

        var api = {
            isEditable: function () {
                return gadget.getAttribute('data-configurable') === 'true';
            },
            savePreferences: function (values) {
                var request = new XMLHttpRequest();
                request.open('PUT', contextPath() + '/rest/dashboards/1.0/10000/gadget/' + encodeURIComponent(key)
                    + '/prefs');
                request.setRequestHeader('Content-Type', 'application/json');
                request.onload = function () {
                    if (request.status === 204) {
                        preferences = Object.assign({}, values);
                        view();
                    } else {
                        loading.hidden = true;
                        gadget.setAttribute('data-save-error', String(request.status));
                    }
                };
                request.send(JSON.stringify(values));
            },
            setTitle: function (text) {
                title.textContent = text;
            },
            showLoadingBar: function () {
                loading.hidden = false;
            },
            hideLoadingBar: function () {
                loading.hidden = true;
            },
            getContext: context,
            closeEdit: view,
            getGadgetId: function () {
                return key;
            },
            resize: function () {
                // the workbench's items grow with their content
            },
            once: function (event, callback) {
                if (event === 'afterRender') {
                    afterRender.push(callback);
                }
            }
        };

        var Item = window.require(gadget.getAttribute('data-amd-module'));
        item = new Item(api);
        var editButton = gadget.querySelector('.workbench-gadget-edit');
        if (editButton) {
            editButton.addEventListener('click', edit);
        }
        view();
    }

    Array.prototype.forEach.call(document.querySelectorAll('.workbench-gadget'), setUp);
})();
