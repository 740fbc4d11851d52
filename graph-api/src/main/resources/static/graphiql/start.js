// Starts GraphiQL with Tariff Graph's example operations as tabs; a query in the address
// (?query=…&variables=…, as the start page's links and shared links carry) opens in a tab of its own.
(function () {
    const loading = document.getElementById('graphiql-loading');
    if (typeof window.GraphiQL === 'undefined' || typeof window.React === 'undefined'
        || typeof window.ReactDOM === 'undefined') {
        loading.textContent = 'GraphiQL could not be loaded from this server. '
            + 'Reload the page; if it stays like this, the application was built without its GraphiQL files.';
        return;
    }
    const exampleTabs = JSON.parse(document.getElementById('example-tabs').textContent);
    const params = new URLSearchParams(window.location.search);
    const shared = params.get('query');
    const tabs = shared
        ? [{ query: shared, variables: params.get('variables') || undefined }].concat(exampleTabs)
        : exampleTabs;
    const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.origin).toString() });
    const props = {
        fetcher: fetcher,
        defaultTabs: tabs,
        defaultEditorToolsVisibility: true,
        shouldPersistHeaders: false
    };
    if (shared) {
        // a shared link wins over the tabs a browser kept from an earlier visit
        props.query = shared;
        props.variables = params.get('variables') || undefined;
    }
    ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
