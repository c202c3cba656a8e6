#!/usr/bin/env node
// A partner's client, as docs/partners.md describes it: pages through every published practice
// with an API key, following the keyset cursors, and reports what each page cost.
//
//   LR_API_KEY=lr_… node tools/partner-client/page-practices.mjs [http://localhost:4000/graphql]
const endpoint = process.argv[2] ?? 'http://localhost:4000/graphql';
const key = process.env.LR_API_KEY;
if (!key) {
  console.error('Set LR_API_KEY to a partner API key (an admin creates one with createApiKey).');
  process.exit(2);
}

const PAGE = `query Page($after: String) {
  practices(first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title status country { code } } }
  }
}`;

async function call(query, variables) {
  for (let attempt = 1; ; attempt += 1) {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    const limited = body.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
    if (limited && attempt < 5) {
      // Wait as long as the API asks, then try the same page again.
      const seconds = Number(res.headers.get('retry-after') ?? limited.extensions.retryAfter ?? 1);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      continue;
    }
    if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('\n'));
    return body;
  }
}

let after = null;
let seen = 0;
do {
  const { data, extensions } = await call(PAGE, { after });
  const page = data.practices;
  for (const { node } of page.edges) console.log(`${node.id}\t${node.country.code}\t${node.title}`);
  seen += page.edges.length;
  console.error(`${seen}/${page.totalCount} practices (this page cost ${extensions?.cost?.requested} of ${extensions?.cost?.limit} points)`);
  after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
} while (after);
