/*
 * The workbench's tiny AMD loader for dashboard pages: define(name, deps, factory) and require(deps, callback),
 * synchronous, for named modules only, plus the host modules dashboard items use in Jira: 'jquery' (AUI's) and
 * 'wrm/context-path' (a function returning the context path from <meta name="ajs-context-path">). It does not set
 * define.amd, so libraries loaded after it (AUI) keep registering as globals.
 */
(function () {
    'use strict';
    var modules = Object.create(null);
    var host = {
        'jquery': function () {
            return window.jQuery;
        },
        'wrm/context-path': function () {
            var meta = document.querySelector('meta[name="ajs-context-path"]');
            var path = meta ? meta.getAttribute('content') : '';
            return function () {
                return path;
            };
        }
    };

    function load(name, chain) {
        if (host[name]) {
            return host[name]();
        }
        var module = modules[name];
        if (!module) {
            throw new Error('AMD module "' + name + '" is not defined');
        }
        if (!module.done) {
            if (chain.indexOf(name) >= 0) {
                throw new Error('AMD dependency cycle: ' + chain.concat(name).join(' -> '));
            }
            var next = chain.concat(name);
            var values = module.deps.map(function (dep) {
                return load(dep, next);
            });
            module.value = module.factory.apply(null, values);
            module.done = true;
        }
        return module.value;
    }

    window.define = function (name, deps, factory) {
        if (typeof name !== 'string') {
            throw new Error('the workbench loads named AMD modules only');
        }
        if (typeof deps === 'function') {
            factory = deps;
            deps = [];
        }
        modules[name] = {deps: deps || [], factory: factory, done: false, value: undefined};
    };

    window.require = function (deps, callback) {
        var values = (Array.isArray(deps) ? deps : [deps]).map(function (dep) {
            return load(dep, []);
        });
        if (typeof callback === 'function') {
            callback.apply(null, values);
        }
        return values.length === 1 ? values[0] : values;
    };
})();
