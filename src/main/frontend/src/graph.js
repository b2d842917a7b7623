/*
 * Program Office: the graph library the dependency graph page uses, bundled by esbuild (npm run build) into the
 * plugin jar as js/program-office-graph-lib.js: Cytoscape.js (the server lays the graph out, so no layout
 * extension is bundled). Exposes window.ProgramOfficeGraphLib = {cytoscape}.
 */
import cytoscape from 'cytoscape';

window.ProgramOfficeGraphLib = {cytoscape: cytoscape};
