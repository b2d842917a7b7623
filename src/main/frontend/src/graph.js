/*
 * Program Office: the graph library the dependency graph page uses, bundled by esbuild (npm run build) into the
 * plugin jar as js/program-office-graph-lib.js: Cytoscape.js with the ELK layered layout (cytoscape-elk, which
 * carries its own ELK build). Exposes window.ProgramOfficeGraphLib = {cytoscape}.
 */
import cytoscape from 'cytoscape';
import elk from 'cytoscape-elk';

cytoscape.use(elk);
window.ProgramOfficeGraphLib = {cytoscape: cytoscape};
