// The browser front door: GraphiQL at /graphiql and the explorer at /explorer, with every script,
// stylesheet and document they use served by this process (a government network often has no
// internet, and a page that loads React from a CDN is blank there). Third-party files come from
// npm packages in node_modules, read once at start so a missing one fails start-up, not a visitor.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { EXAMPLE_TABS } from '../frontdoor/examples.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// URL name → file under node_modules. Why these versions: see the README's "Front door" section.
export const VENDOR_FILES: Record<string, string> = {
  'react.js': 'react/umd/react.production.min.js',
  'react-dom.js': 'react-dom/umd/react-dom.production.min.js',
  'graphiql.js': 'graphiql/graphiql.min.js',
  'graphiql.css': 'graphiql/graphiql.min.css',
  'cytoscape.js': 'cytoscape/dist/cytoscape.min.js',
  'd3-array.js': 'd3-array/dist/d3-array.min.js',
  'd3-path.js': 'd3-path/dist/d3-path.min.js',
  'd3-shape.js': 'd3-shape/dist/d3-shape.min.js',
  'd3-sankey.js': 'd3-sankey/dist/d3-sankey.min.js',
};

// d3-sankey's own d3-array/d3-shape (the versions its browser build was made against) when npm
// nested them under it because another package wanted newer ones at the top.
function vendorPath(rel: string): string {
  const nested = path.join(ROOT, 'node_modules', 'd3-sankey', 'node_modules', rel);
  return rel.startsWith('d3-') && !rel.startsWith('d3-sankey') && existsSync(nested)
    ? nested
    : path.join(ROOT, 'node_modules', rel);
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

interface Asset {
  body: Buffer;
  type: string;
}

function load(file: string): Asset {
  return { body: readFileSync(file), type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
}

function loadDir(dir: string, exts: string[]): Map<string, Asset> {
  return new Map(
    readdirSync(dir)
      .filter((f) => exts.includes(path.extname(f)))
      .map((f) => [f, load(path.join(dir, f))]),
  );
}

// JSON inside <script> must not be able to close the element.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

export function graphiqlPage(): string {
  const tabs = EXAMPLE_TABS.map((t) => ({ query: t.query, variables: JSON.stringify(t.variables, null, 2) }));
  return page(
    'myndighetsgrafen · GraphiQL',
    '<link rel="stylesheet" href="/assets/vendor/graphiql.css">\n<style>html,body,#graphiql{height:100%;margin:0}</style>',
    `<div id="graphiql" data-graphql="/graphql">Loading GraphiQL…</div>
<script type="application/json" id="example-tabs">${scriptJson(tabs)}</script>
<script src="/assets/vendor/react.js"></script>
<script src="/assets/vendor/react-dom.js"></script>
<script src="/assets/vendor/graphiql.js"></script>
<script src="/assets/app/graphiql-init.js"></script>`,
  );
}

export function explorerPage(): string {
  return page(
    'myndighetsgrafen · explorer',
    '<link rel="stylesheet" href="/assets/app/explorer.css">',
    readFileSync(path.join(ROOT, 'src', 'public', 'explorer.html'), 'utf8') +
      `
<script src="/assets/vendor/cytoscape.js"></script>
<script src="/assets/vendor/d3-array.js"></script>
<script src="/assets/vendor/d3-path.js"></script>
<script src="/assets/vendor/d3-shape.js"></script>
<script src="/assets/vendor/d3-sankey.js"></script>
<script src="/assets/app/explorer.js"></script>`,
  );
}

const pagesPlugin: FastifyPluginAsync<{ graphiql: boolean }> = async (app, opts) => {
  const vendor = new Map(Object.entries(VENDOR_FILES).map(([name, rel]) => [name, load(vendorPath(rel))]));
  const own = loadDir(path.join(ROOT, 'src', 'public'), ['.js', '.css']);
  const explorer = explorerPage();

  const serve = (assets: Map<string, Asset>, cache: string) => async (req: FastifyRequest, reply: FastifyReply) => {
    const asset = assets.get((req.params as { file: string }).file);
    if (!asset) return reply.callNotFound();
    return reply.header('content-type', asset.type).header('cache-control', cache).send(asset.body);
  };
  app.get('/assets/vendor/:file', serve(vendor, 'public, max-age=86400'));
  app.get('/assets/app/:file', serve(own, 'no-cache'));
  // Browsers ask for it on every page; an empty answer keeps a 404 out of their consoles.
  app.get('/favicon.ico', async (_req, reply) => reply.code(204).send());
  app.get('/explorer', async (_req, reply) => reply.type('text/html; charset=utf-8').send(explorer));
  if (opts.graphiql) {
    const graphiql = graphiqlPage();
    app.get('/graphiql', async (_req, reply) => reply.type('text/html; charset=utf-8').send(graphiql));
  }
};

export default pagesPlugin;
