// The explorer: pictures of the graph drawn from the public GraphQL API only, so it doubles as the
// front-end teams' reference client. No build step: plain browser JavaScript over the vendored
// Cytoscape.js (network) and d3-sankey (money) that this server itself serves.
/* global cytoscape, d3 */
(() => {
  const $ = (id) => document.getElementById(id);
  const DEFAULT_STRATEGY = 'strategy:segregation-2018-2028';
  const STAGE_COLOURS = { PROPOSED: '#8e6bbf', ESTIMATED: '#b07aa1', ALLOCATED: '#4e79a7', PAID: '#59a14f' };
  const QUALIFIER_WORDS = { EXACT: '', APPROXIMATE: 'ca ', AT_LEAST: 'minst ', AT_MOST: 'högst ', UNSPECIFIED: '' };
  const sek = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

  // A key, where the server requires one, is kept for this browser tab only.
  const keyInput = $('api-key');
  keyInput.value = sessionStorage.getItem('myndighetsgrafen-key') || '';
  keyInput.addEventListener('change', () => sessionStorage.setItem('myndighetsgrafen-key', keyInput.value));
  const auth = () => (keyInput.value ? { authorization: `Bearer ${keyInput.value}` } : {});

  async function gql(query, variables) {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...auth() },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
    return body.data;
  }

  // Follows pageInfo until the end (or `cap` rows), so the pictures show everything the filter matches.
  async function allPages(query, variables, pick, cap = 3000) {
    const rows = [];
    let after = null;
    for (;;) {
      const conn = pick(await gql(query, { ...variables, after }));
      rows.push(...conn.edges.map((e) => e.node));
      if (!conn.pageInfo.hasNextPage || rows.length >= cap) return { rows, conn };
      after = conn.pageInfo.endCursor;
    }
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  function money(flow) {
    if (flow.qualifier === 'UNSPECIFIED' || flow.amountSek === null) return 'amount not given';
    return `${QUALIFIER_WORDS[flow.qualifier] || ''}${sek.format(flow.amountSek)} kr`;
  }

  function setStatus(id, text) {
    $(id).textContent = text;
  }

  // ---- documents: a quote shown in its place -------------------------------------------------

  // Quotes are verbatim but their whitespace may be folded, so any run of spaces matches any run.
  function findQuote(text, quote) {
    const words = quote
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (!words.length || !words[0]) return null;
    const m = new RegExp(words.join('\\s+')).exec(text);
    return m ? { start: m.index, end: m.index + m[0].length } : null;
  }

  async function showDocument(doc, quote) {
    const dialog = $('doc-dialog');
    $('doc-title').textContent = doc.title;
    const link = $('doc-link');
    if (doc.url) {
      link.href = doc.url;
      link.hidden = false;
    } else link.hidden = true;
    const box = $('doc-text');
    box.textContent = 'Loading…';
    $('doc-note').textContent = '';
    if (!dialog.open) dialog.showModal();
    if (!doc.file) {
      box.textContent = quote;
      $('doc-note').textContent = 'The project holds no copy of this document; the quoted passage is shown alone.';
      return;
    }
    // The document route (public) answers plain text when asked for it.
    const res = await fetch(`/documents/${encodeURIComponent(doc.id)}`, { headers: { accept: 'text/plain' } });
    const text = await res.text();
    const at = findQuote(text, quote);
    box.textContent = '';
    if (!at) {
      box.textContent = text;
      $('doc-note').textContent = `Passage not found verbatim: “${quote}”`;
      return;
    }
    const mark = el('mark', { id: 'doc-highlight', text: text.slice(at.start, at.end) });
    box.append(text.slice(0, at.start), mark, text.slice(at.end));
    mark.scrollIntoView({ block: 'center' });
    document.body.dataset.highlight = 'shown';
  }

  // One passage often states several facts (both ends of a hop): each is listed once.
  function unique(sources) {
    return [...new Map((sources || []).map((s) => [`${s.document.id}\u0000${s.quote}`, s])).values()];
  }

  function sourceList(sources) {
    if (!sources?.length) return null;
    return el(
      'ul',
      { class: 'sources' },
      unique(sources).map((s) =>
        el(
          'li',
          {},
          el('blockquote', { text: s.quote }),
          el(
            'button',
            { type: 'button', class: 'quote', onclick: () => showDocument(s.document, s.quote) },
            `Show in “${s.document.title}”`,
          ),
        ),
      ),
    );
  }

  // ---- reference data -------------------------------------------------------------------------

  const AGENCIES = `query ExplorerAgencies($after: String, $kind: [AgencyKind!]) {
    agencies(first: 100, after: $after, filter: { kind: $kind }) { edges { node { id name abbreviation kind } } pageInfo { hasNextPage endCursor } }
  }`;

  async function loadReference() {
    const [{ strategies }, agencies, ministries] = await Promise.all([
      gql('query ExplorerStrategies { strategies { id name kind periodStart periodEnd } }'),
      allPages(AGENCIES, {}, (d) => d.agencies),
      allPages(AGENCIES, { kind: ['MINISTRY', 'GOVERNMENT'] }, (d) => d.agencies),
    ]);
    const strategyOptions = (select) => {
      for (const s of strategies)
        select.append(
          el(
            'option',
            { value: s.id, selected: s.id === DEFAULT_STRATEGY },
            `${s.name}${s.periodStart ? ` (${s.periodStart}–${s.periodEnd || ''})` : ''}`,
          ),
        );
    };
    strategyOptions($('network-strategy'));
    $('network-strategy').prepend(el('option', { value: '' }, 'all strategies'));
    strategyOptions($('money-strategy'));
    for (const m of ministries.rows) $('network-ministry').append(el('option', { value: m.id }, m.name));
    for (const id of ['money-agency', 'chain-from', 'chain-to']) {
      for (const a of agencies.rows)
        $(id).append(el('option', { value: a.id }, a.abbreviation ? `${a.name} (${a.abbreviation})` : a.name));
    }
    $('chain-from').value = 'agency:kriminalvarden';
    $('chain-to').value = 'agency:statistiska-centralbyran';
  }

  // ---- network ---------------------------------------------------------------------------------

  const ASSIGNMENTS = `query ExplorerAssignments($filter: AssignmentFilter, $after: String) {
    assignments(filter: $filter, first: 100, after: $after) {
      totalCount
      edges { node {
        id title diaryNumber reportDue status
        participants { role agency { id name abbreviation } sources { quote document { id title url file } } }
        sources { quote document { id title url file } }
      } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  const LINKING_ROLES = new Set(['ASSIGNEE', 'COORDINATOR']);
  let cy = null;
  let network = null;

  function formFilter(form) {
    const f = {};
    for (const [k, v] of new FormData(form)) if (v !== '') f[k] = v;
    return f;
  }

  async function drawNetwork() {
    setStatus('network-status', 'Loading…');
    document.body.dataset.network = 'loading';
    const filter = formFilter($('network-form'));
    const { rows } = await allPages(ASSIGNMENTS, { filter }, (d) => d.assignments);
    const agencies = new Map();
    const edges = new Map();
    for (const a of rows) {
      const linked = [
        ...new Map(
          a.participants.filter((p) => LINKING_ROLES.has(p.role)).map((p) => [p.agency.id, p.agency]),
        ).values(),
      ];
      for (const ag of linked) {
        const entry = agencies.get(ag.id) || { agency: ag, assignments: [] };
        entry.assignments.push(a);
        agencies.set(ag.id, entry);
      }
      for (let i = 0; i < linked.length; i++) {
        for (let j = i + 1; j < linked.length; j++) {
          const [x, y] = [linked[i].id, linked[j].id].sort();
          const key = `${x}|${y}`;
          const e = edges.get(key) || { source: x, target: y, shared: 0 };
          e.shared += 1;
          edges.set(key, e);
        }
      }
    }
    network = { agencies, rows };
    const q = filter.strategyId ? `?strategyId=${encodeURIComponent(filter.strategyId)}` : '';
    $('export-graphml').href = `/export/network.graphml${q}`;
    $('export-participations').href = `/export/participations.csv${q}`;
    const elements = [
      ...[...agencies.values()].map(({ agency, assignments }) => ({
        data: { id: agency.id, label: agency.abbreviation || agency.name, name: agency.name, size: assignments.length },
      })),
      ...[...edges.entries()].map(([key, e]) => ({
        data: { id: key, source: e.source, target: e.target, shared: e.shared },
      })),
    ];
    if (cy) cy.destroy();
    cy = cytoscape({
      container: $('network-graph'),
      elements,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': '#4e79a7',
            label: 'data(label)',
            'font-size': 10,
            'text-wrap': 'ellipsis',
            'text-max-width': 80,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            width: 'mapData(size, 1, 20, 16, 60)',
            height: 'mapData(size, 1, 20, 16, 60)',
          },
        },
        {
          selector: 'edge',
          style: { width: 'mapData(shared, 1, 10, 1, 8)', 'line-color': '#b8c4d0', 'curve-style': 'haystack' },
        },
        {
          selector: 'node:selected',
          style: { 'background-color': '#e15759', 'border-width': 3, 'border-color': '#222' },
        },
        { selector: 'node.neighbour', style: { 'background-color': '#f28e2b' } },
        { selector: 'edge.neighbour', style: { 'line-color': '#f28e2b' } },
      ],
      // Rings by number of links: the agencies that work with many others in the middle, those
      // that share no assignment in this selection on the outer ring (listed, not hidden).
      layout: {
        name: 'concentric',
        animate: false,
        concentric: (n) => n.degree() * 10 + n.data('size'),
        levelWidth: () => 10,
        minNodeSpacing: 18,
        padding: 16,
      },
    });
    cy.on('tap', 'node', (evt) => selectAgency(evt.target.id()));
    const list = $('network-list');
    list.textContent = '';
    const sorted = [...agencies.values()].sort(
      (a, b) => b.assignments.length - a.assignments.length || a.agency.name.localeCompare(b.agency.name, 'sv'),
    );
    for (const { agency, assignments } of sorted) {
      list.append(
        el(
          'li',
          {},
          el(
            'button',
            {
              type: 'button',
              'data-agency': agency.id,
              'aria-pressed': 'false',
              onclick: () => selectAgency(agency.id),
            },
            `${agency.name} (${assignments.length})`,
          ),
        ),
      );
    }
    $('network-details').textContent = '';
    setStatus('network-status', `${agencies.size} agencies, ${edges.size} links, ${rows.length} assignments`);
    document.body.dataset.network = agencies.size > 0 ? 'drawn' : 'empty';
  }

  function selectAgency(id) {
    const entry = network?.agencies.get(id);
    if (!entry) return;
    cy.elements().unselect().removeClass('neighbour');
    const node = cy.getElementById(id);
    node.select();
    node.connectedEdges().addClass('neighbour');
    node.neighborhood('node').addClass('neighbour');
    for (const b of document.querySelectorAll('#network-list button'))
      b.setAttribute('aria-pressed', String(b.dataset.agency === id));
    const box = $('network-details');
    box.textContent = '';
    box.append(
      el('h2', { text: entry.agency.name }),
      el(
        'ol',
        { class: 'details' },
        entry.assignments.map((a) => {
          const mine = a.participants.filter((p) => p.agency.id === id);
          return el(
            'li',
            {},
            el('strong', { text: a.title }),
            el('div', {
              text: [
                a.diaryNumber,
                mine.map((p) => p.role.toLowerCase()).join(', '),
                a.reportDue
                  ? `report due ${a.reportDue} (${a.status.toLowerCase().replace('_', ' ')})`
                  : 'no report date given',
              ]
                .filter(Boolean)
                .join(' · '),
            }),
            sourceList(mine.flatMap((p) => p.sources)),
          );
        }),
      ),
    );
    document.body.dataset.selected = id;
  }

  // ---- money -----------------------------------------------------------------------------------

  const FLOWS = `query ExplorerFlows($filter: FundingFilter, $after: String) {
    fundingFlows(filter: $filter, first: 100, after: $after) {
      totalCount totalSek unspecifiedCount
      edges { node {
        id year amountSek qualifier stage note
        from { id name } to { id name } paidVia { id name } appropriation { code name }
        sources { quote document { id title url file } }
      } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  async function loadFlows() {
    const form = $('money-form');
    const stage = [...form.querySelectorAll('input[name=stage]:checked')].map((i) => i.value);
    const year = form.elements.year.value === '' ? undefined : Number(form.elements.year.value);
    const agencyId = form.elements.agencyId.value;
    const base = { year, stage: stage.length ? stage : undefined };
    const exportQuery = new URLSearchParams({
      ...(year ? { year: String(year) } : {}),
      ...(stage.length ? { stage: stage.join(',') } : {}),
    });
    if (agencyId) exportQuery.set('agencyId', agencyId);
    else exportQuery.set('strategyId', form.elements.strategyId.value);
    $('export-flows').href = `/export/funding-flows.csv?${exportQuery}`;
    if (!agencyId) {
      return (
        await allPages(
          FLOWS,
          { filter: { ...base, strategyId: form.elements.strategyId.value } },
          (d) => d.fundingFlows,
        )
      ).rows;
    }
    const [paid, received] = await Promise.all([
      allPages(FLOWS, { filter: { ...base, fromId: agencyId } }, (d) => d.fundingFlows),
      allPages(FLOWS, { filter: { ...base, toId: agencyId } }, (d) => d.fundingFlows),
    ]);
    return [...new Map([...paid.rows, ...received.rows].map((f) => [f.id, f])).values()];
  }

  // Payer, paying-out body and recipient are separate columns (ids prefixed by column), so a body
  // that pays in one flow and receives in another cannot make a cycle d3-sankey refuses.
  function sankeyData(flows) {
    const nodes = new Map();
    const links = new Map();
    const node = (col, id, name) => {
      const key = `${col}:${id}`;
      if (!nodes.has(key)) nodes.set(key, { id: key, name });
      return key;
    };
    const known = flows.filter((f) => f.amountSek !== null).map((f) => f.amountSek);
    // An unspecified amount is drawn as a thin dashed band, never as a share of the total.
    const thin = Math.max(1, (known.length ? Math.max(...known) : 1) * 0.01);
    for (const f of flows) {
      const payer = f.from
        ? node('payer', f.from.id, f.from.name)
        : node(
            'payer',
            f.appropriation ? f.appropriation.code : 'unnamed',
            f.appropriation ? `Appropriation ${f.appropriation.code}` : 'Payer not named',
          );
      const hops = f.paidVia ? [payer, node('via', f.paidVia.id, f.paidVia.name)] : [payer];
      hops.push(node('to', f.to.id, f.to.name));
      const unspecified = f.amountSek === null;
      for (let i = 0; i < hops.length - 1; i++) {
        const key = `${hops[i]}>${hops[i + 1]}>${f.stage}>${unspecified}`;
        const l = links.get(key) || {
          source: hops[i],
          target: hops[i + 1],
          value: 0,
          sek: 0,
          stage: f.stage,
          unspecified,
          flows: [],
        };
        l.value += unspecified ? thin : f.amountSek;
        l.sek += unspecified ? 0 : f.amountSek;
        l.flows.push(f);
        links.set(key, l);
      }
    }
    return { nodes: [...nodes.values()], links: [...links.values()] };
  }

  const sumSek = (links) => links.reduce((acc, l) => acc + l.sek, 0);

  async function drawMoney() {
    setStatus('money-status', 'Loading…');
    document.body.dataset.money = 'loading';
    const flows = await loadFlows();
    const box = $('money-svg');
    for (const c of [...box.childNodes]) if (c.nodeName !== 'title') c.remove();
    const list = $('money-list');
    list.textContent = '';
    const totals = $('money-totals');
    totals.textContent = '';
    if (!flows.length) {
      setStatus('money-status', 'No flows match.');
      document.body.dataset.money = 'empty';
      return;
    }
    const { width, height } = box.getBoundingClientRect();
    const graph = d3
      .sankey()
      .nodeId((d) => d.id)
      .nodeWidth(14)
      .nodePadding(12)
      .extent([
        [4, 8],
        [width - 4, height - 8],
      ])(sankeyData(flows));
    const linkPath = d3.sankeyLinkHorizontal();
    for (const l of graph.links) {
      const path = svg('path', {
        d: linkPath(l),
        fill: 'none',
        stroke: STAGE_COLOURS[l.stage],
        'stroke-opacity': 0.6,
        'stroke-width': Math.max(1, l.width),
        class: 'link',
      });
      if (l.unspecified) path.setAttribute('stroke-dasharray', '6 4');
      const t = svg('title');
      t.textContent = `${l.source.name} → ${l.target.name}: ${l.unspecified ? 'amount not given' : `${sek.format(l.sek)} kr`} (${l.stage.toLowerCase()}, ${l.flows.length} flow${l.flows.length > 1 ? 's' : ''})`;
      path.append(t);
      box.append(path);
    }
    for (const n of graph.nodes) {
      box.append(
        svg('rect', { x: n.x0, y: n.y0, width: n.x1 - n.x0, height: Math.max(1, n.y1 - n.y0), fill: '#003b5c' }),
      );
      const left = n.x0 < width / 2;
      const label = svg('text', {
        x: left ? n.x1 + 6 : n.x0 - 6,
        y: (n.y0 + n.y1) / 2,
        dy: '0.35em',
        'text-anchor': left ? 'start' : 'end',
        'font-size': 11,
      });
      // A body's known money (in or out, whichever is larger); unspecified bands add nothing.
      const known = Math.max(sumSek(n.targetLinks), sumSek(n.sourceLinks));
      label.textContent = known > 0 ? `${n.name} · ${sek.format(known)} kr` : n.name;
      box.append(label);
    }
    const specified = flows.filter((f) => f.amountSek !== null);
    const byStage = {};
    for (const f of specified) byStage[f.stage] = (byStage[f.stage] || 0) + f.amountSek;
    totals.append(
      el(
        'p',
        { class: 'legend' },
        Object.entries(STAGE_COLOURS).map(([s, c]) =>
          el(
            'span',
            { style: `border-left: 1.2em solid ${c}; padding-left: .3em; margin-right: .8em` },
            s.toLowerCase(),
          ),
        ),
      ),
      el('p', {}, `${flows.length} flows; ${flows.length - specified.length} without an amount (not summed).`),
      el(
        'ul',
        {},
        Object.entries(byStage).map(([s, v]) =>
          el('li', { class: `stage-${s}` }, `${s.toLowerCase()}: ${sek.format(v)} kr`),
        ),
      ),
    );
    for (const f of flows) {
      list.append(
        el(
          'li',
          {},
          el('span', { class: `stage-${f.stage}`, text: `${f.year} · ${f.stage.toLowerCase()} · ` }),
          el('span', { class: f.amountSek === null ? 'unspecified' : '', text: money(f) }),
          el('div', {
            text: `${f.from ? f.from.name : f.appropriation ? `Appropriation ${f.appropriation.code}` : 'payer not named'}${f.paidVia ? ` → ${f.paidVia.name}` : ''} → ${f.to.name}`,
          }),
          sourceList(f.sources),
        ),
      );
    }
    setStatus('money-status', `${graph.nodes.length} bodies, ${graph.links.length} bands`);
    document.body.dataset.money = 'drawn';
  }

  // ---- chain -----------------------------------------------------------------------------------

  const DOC = 'document { id title url file }';
  const PATH = `query ExplorerPath($fromId: ID!, $toId: ID!) {
    collaborationPath(fromId: $fromId, toId: $toId, maxHops: 6) {
      hops
      steps { fromRole toRole from { id name } to { id name }
        via { id title diaryNumber participants { role agency { id } sources { quote ${DOC} } } } }
    }
  }`;
  const TRACE = `query ExplorerTrace($fromId: ID!, $year: Int) {
    fundingTrace(fromId: $fromId, year: $year, maxDepth: 6, stage: [PROPOSED, ESTIMATED, ALLOCATED, PAID]) {
      root { id name }
      steps { depth flow { id year amountSek qualifier stage from { id name } to { id name } paidVia { id name } sources { quote ${DOC} } } }
    }
  }`;

  function hop(title, lines, sources) {
    return el(
      'li',
      { class: 'hop' },
      el('strong', { text: title }),
      lines.map((t) => el('div', { class: 'roles', text: t })),
      sourceList(sources),
    );
  }

  async function drawChain() {
    const form = $('chain-form');
    const fromId = form.elements.fromId.value;
    const toId = form.elements.toId.value;
    const list = $('chain-steps');
    list.textContent = '';
    setStatus('chain-status', 'Searching…');
    document.body.dataset.chain = 'loading';
    let count = 0;
    if (form.elements.mode.value === 'collaboration') {
      const { collaborationPath: path } = await gql(PATH, { fromId, toId });
      for (const s of path ? path.steps : []) {
        const quotes = s.via.participants
          .filter((p) => p.agency.id === s.from.id || p.agency.id === s.to.id)
          .flatMap((p) => p.sources);
        list.append(
          hop(
            `${s.from.name} → ${s.to.name}`,
            [
              `via “${s.via.title}”${s.via.diaryNumber ? ` (${s.via.diaryNumber})` : ''}`,
              `${s.from.name}: ${s.fromRole.toLowerCase()}; ${s.to.name}: ${s.toRole.toLowerCase()}`,
            ],
            quotes,
          ),
        );
        count += 1;
      }
    } else {
      const year = form.elements.year.value === '' ? undefined : Number(form.elements.year.value);
      const { fundingTrace: trace } = await gql(TRACE, { fromId, year });
      // Breadth-first over the traced flows, so the shortest money route is shown.
      const previous = new Map([[trace.root.id, null]]);
      const queue = [trace.root.id];
      while (queue.length && !previous.has(toId)) {
        const at = queue.shift();
        for (const { flow } of trace.steps) {
          const from = flow.from ? flow.from.id : trace.root.id;
          if (from === at && !previous.has(flow.to.id)) {
            previous.set(flow.to.id, flow);
            queue.push(flow.to.id);
          }
        }
      }
      const route = [];
      for (let at = toId; previous.get(at); at = (previous.get(at).from || trace.root).id)
        route.unshift(previous.get(at));
      for (const f of route) {
        list.append(
          hop(
            `${f.from ? f.from.name : trace.root.name} → ${f.to.name}`,
            [
              `${f.year} · ${f.stage.toLowerCase()} · ${money(f)}${f.paidVia ? ` · paid out by ${f.paidVia.name}` : ''}`,
            ],
            f.sources,
          ),
        );
        count += 1;
      }
    }
    setStatus('chain-status', count ? `${count} hop${count > 1 ? 's' : ''}` : 'No chain found between these two.');
    document.body.dataset.chain = count ? 'drawn' : 'empty';
  }

  // ---- tabs and start-up -------------------------------------------------------------------------

  const drawn = {};
  const draw = { network: drawNetwork, money: drawMoney, chain: drawChain };
  function guarded(name) {
    return () =>
      draw[name]().catch((err) => {
        setStatus(`${name}-status`, `Failed: ${err.message}`);
        document.body.dataset[name] = 'failed';
      });
  }

  function showView(name) {
    for (const tab of document.querySelectorAll('[role=tab]')) {
      const on = tab.id === `tab-${name}`;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      $(tab.getAttribute('aria-controls')).hidden = !on;
    }
    // Drawn when first shown: a hidden container has no size to lay out in.
    if (!drawn[name]) {
      drawn[name] = true;
      guarded(name)();
    }
  }

  const tabs = [...document.querySelectorAll('[role=tab]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => showView(tab.id.slice(4)));
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      next.focus();
      showView(next.id.slice(4));
    });
  });
  for (const name of Object.keys(draw)) {
    $(`${name}-form`).addEventListener('submit', (e) => {
      e.preventDefault();
      guarded(name)();
    });
  }

  loadReference().then(
    () =>
      showView(
        (window.location.hash || '#network').slice(1) in draw ? window.location.hash.slice(1) || 'network' : 'network',
      ),
    (err) => setStatus('network-status', `Failed to load: ${err.message}`),
  );
})();
