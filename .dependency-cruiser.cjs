/* global module */
/**
 * Which room of src may import which (docs/architecture.md): core is pure and imports no other room,
 * no Node API and no package but zod; web, cli and server never import each other the wrong way; and
 * no module takes part in an import cycle; a server repository is private to its folder. Run by `npm run lint` (`depcruise src`).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'An import cycle: move the shared part to its own module.', from: {}, to: { circular: true } },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core runs in the server, the CLI and the browser: it imports no other room.',
      from: { path: '^src/core/' },
      to: { path: '^src/(server|web|cli)/' },
    },
    {
      name: 'core-no-node',
      severity: 'error',
      comment: 'src/core uses no Node-only API (it runs in the browser).',
      from: { path: '^src/core/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-only-zod',
      severity: 'error',
      comment: 'The only package src/core depends on is zod.',
      from: { path: '^src/core/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], pathNot: '^node_modules/zod/' },
    },
    { name: 'web-not-server-or-cli', severity: 'error', comment: 'The browser bundle must not pull in server or CLI code.', from: { path: '^src/web/' }, to: { path: '^src/(server|cli)/' } },
    { name: 'server-not-web-or-cli', severity: 'error', comment: 'The server serves the built web app as files; it imports neither web nor CLI code.', from: { path: '^src/server/' }, to: { path: '^src/(web|cli)/' } },
    { name: 'cli-not-web', severity: 'error', comment: 'The CLI shares the core with the web app, not its components.', from: { path: '^src/cli/' }, to: { path: '^src/web/' } },
    { name: 'pages-apart', severity: 'error', comment: 'Only the route table imports pages; what two pages share lives in a module of its own.', from: { path: '^src/web/', pathNot: '^src/web/routes\\.tsx$' }, to: { path: '^src/web/pages/' } },
    {
      name: 'repositories-private',
      severity: 'error',
      comment: 'A repository is used by the service in its own folder (types aside); other rooms go through that service. The wiring in src/server/*.ts may hand one over.',
      from: { path: '^src/server/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: { path: '\\.repository\\.ts$', pathNot: '^src/server/$1/', dependencyTypesNot: ['type-only'] },
    },
    { name: 'not-to-unresolvable', severity: 'error', comment: 'An import that resolves to nothing.', from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(css|svg|png)$|^src/web/public/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
