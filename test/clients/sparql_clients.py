"""Queries a SPARQL endpoint with SPARQLWrapper and rdflib's SPARQLStore, each with its default
settings (the return format, HTTP method and Accept headers a user gets without configuring
anything), and prints one JSON object: for each client and query form, what it read or the error
it raised. test/sparql-clients.test.ts runs it against `newskg serve`.

usage: python3 sparql_clients.py ENDPOINT SELECT_QUERY ASK_QUERY CONSTRUCT_QUERY
"""
import json
import sys


def terms(row):
    return [None if t is None else str(t) for t in row]


def sparqlwrapper(endpoint, select, ask, construct):
    from SPARQLWrapper import SPARQLWrapper

    out = {}

    def run(form, query, read):
        try:
            client = SPARQLWrapper(endpoint)
            client.setQuery(query)
            out[form] = {"ok": True, "value": read(client.query().convert())}
        except Exception as e:  # the test reports whatever the client raised
            out[form] = {"ok": False, "error": f"{type(e).__name__}: {e}"[:600]}

    def rows(doc):
        # the default return format is SPARQL XML, converted to a DOM document
        if isinstance(doc, dict):
            return [[b[v]["value"] for v in doc["head"]["vars"] if v in b] for b in doc["results"]["bindings"]]
        found = []
        for result in doc.getElementsByTagName("result"):
            found.append([b.firstChild.nodeValue if b.firstChild else "" for b in result.getElementsByTagName("literal") + result.getElementsByTagName("uri")])
        return found

    def boolean(doc):
        if isinstance(doc, dict):
            return doc["boolean"]
        return doc.getElementsByTagName("boolean")[0].firstChild.nodeValue.strip() == "true"

    def graph(g):
        return sorted(" ".join(str(t) for t in triple) for triple in g)

    run("select", select, rows)
    run("ask", ask, boolean)
    run("construct", construct, graph)
    return out


def rdflib_store(endpoint, select, ask, construct):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    out = {}

    def run(form, query, read):
        try:
            g = Graph(store=SPARQLStore(endpoint))
            out[form] = {"ok": True, "value": read(g.query(query))}
        except Exception as e:
            out[form] = {"ok": False, "error": f"{type(e).__name__}: {e}"[:600]}

    run("select", select, lambda r: [terms(row) for row in r])
    run("ask", ask, lambda r: bool(r.askAnswer))
    run("construct", construct, lambda r: sorted(" ".join(str(t) for t in triple) for triple in r.graph))
    return out


if __name__ == "__main__":
    endpoint, select, ask, construct = sys.argv[1:5]
    print(json.dumps({"SPARQLWrapper": sparqlwrapper(endpoint, select, ask, construct), "SPARQLStore": rdflib_store(endpoint, select, ask, construct)}))
