/** The gateway's front page: where to go next. The web console grows here in later issues. */
export function consolePage(graphqlPath: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kaiku platform</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .25rem}</style>
</head><body>
<h1>Kaiku platform</h1>
<p>The Kaikukortti supergraph answers GraphQL at <a href="${graphqlPath}"><code>${graphqlPath}</code></a> (POST JSON).</p>
<ul>
<li><a href="/health">/health</a>: the gateway serves.</li>
<li><a href="/ready">/ready</a>: every subgraph answers too.</li>
</ul>
<p>Try: <code>curl -s localhost:4000/graphql -H 'content-type: application/json' -d '{"query":"{ areas { code name { fi sv } } }"}'</code></p>
<p>Tokens for the roles: <code>npm run kaiku -- token --role NATIONAL_ADMIN</code></p>
</body></html>`;
}
