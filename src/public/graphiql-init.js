// Starts GraphiQL with the README's examples as tabs and the documentation explorer open.
/* global React, ReactDOM, GraphiQL */
(() => {
  const root = document.getElementById('graphiql');
  const tabs = JSON.parse(document.getElementById('example-tabs').textContent);
  const fetcher = GraphiQL.createFetcher({ url: new URL(root.dataset.graphql, window.location.href).href });
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher,
      // GraphiQL opens the first tab from `query`/`variables`, the others from `defaultTabs`.
      query: tabs[0].query,
      variables: tabs[0].variables,
      defaultTabs: tabs,
      defaultEditorToolsVisibility: 'variables',
      // The UMD build does not export DOC_EXPLORER_PLUGIN; a plugin may be named by its title.
      visiblePlugin: 'Documentation Explorer',
      // Keys typed into the headers pane stay in this browser tab only.
      shouldPersistHeaders: false,
    }),
  );
})();
