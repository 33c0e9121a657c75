// W3C SPARQL query-evaluation tests that `newskg query` does not pass, each with its reason.
// test/conformance.test.ts fails on any failure not listed here and on a listed test that now
// passes, so the lists stay true.

/**
 * Tests oxigraph fails and the triple index passes or refuses. Most come from oxigraph's rewriting
 * of literals at load (test/conformance-oxigraph.ts): its store keeps numbers, booleans and
 * date-times as native values, so "01" and "1"^^xsd:integer are one term (a join, DISTINCT,
 * sameTerm, STR and a constant in a pattern see one), xsd:negativeInteger comes back as
 * xsd:integer, "1.0e0" as "1", "+00:00" as "Z". The spec (simple entailment, RDF 1.1 term
 * equality) keeps the terms as written, and so does the index.
 */
export const KNOWN_OXIGRAPH: Record<string, string> = {
  'sparql10/distinct#distinct-1': 'literal rewriting: DISTINCT merges "01", "+1" and "1"^^xsd:integer',
  'sparql10/distinct#distinct-9': 'literal rewriting: DISTINCT merges integers written differently',
  'sparql10/distinct#no-distinct-1': 'literal rewriting: integers come back canonical ("01" as "1")',
  'sparql10/distinct#no-distinct-9': 'literal rewriting: integers come back canonical ("01" as "1")',
  'sparql10/expr-builtin#dawg-str-1': 'literal rewriting: STR("01"^^xsd:integer) is "1"',
  'sparql10/expr-builtin#dawg-str-2': 'literal rewriting: STR("01"^^xsd:integer) is "1", so = "01" finds nothing',
  'sparql10/expr-builtin#sameTerm-eq': 'literal rewriting: sameTerm("1", "01"^^xsd:integer) is true',
  'sparql10/expr-builtin#sameTerm-not-eq': 'literal rewriting: sameTerm("1", "01"^^xsd:integer) is true',
  'sparql10/expr-builtin#sameTerm-simple': 'literal rewriting: sameTerm("1", "01"^^xsd:integer) is true',
  'sparql10/expr-equals#eq-2-1': 'literal rewriting: integers and doubles come back canonical',
  'sparql10/expr-equals#eq-2-2': 'literal rewriting: integers and doubles come back canonical',
  'sparql10/expr-equals#eq-graph-1': 'literal rewriting: the constant 1 in a pattern matches "01"^^xsd:integer',
  'sparql10/open-world#open-eq-01': 'literal rewriting: the constant "001"^^xsd:integer in a pattern matches "1" and "01"',
  'sparql10/open-world#open-eq-03': 'literal rewriting: "01"^^xsd:integer comes back as "1"',
  'sparql10/open-world#open-eq-04': 'literal rewriting: "02"^^xsd:integer comes back as "2"',
  'sparql11/csv-tsv-res#tsv03': 'literal rewriting: xsd:negativeInteger comes back as xsd:integer',
  'sparql10/open-world#date-2':
    'oxigraph compares a date without a timezone with one that has one as if it were UTC; XPath leaves a difference under 14 hours indeterminate, so != is an error, not true (and it rewrites "+00:00" as "Z")',
  'sparql10/open-world#date-3': 'literal rewriting: "2006-08-23+00:00"^^xsd:date comes back as "2006-08-23Z"',
  'sparql11/csv-tsv-res#csv03': 'literal rewriting: "1.0E6"^^xsd:double comes back as 1000000',
  'sparql10/expr-equals#eq-graph-2': 'literal rewriting: the constant "1.0e0"^^xsd:double in a pattern matches "1e0" and "1.0E0" too',
  'sparql10/optional-filter#dawg-optional-filter-005-not-simplified':
    'oxigraph flattens the inner group { ?book x:price ?price FILTER (?title = "TITLE 2") } into the OPTIONAL, so the FILTER sees ?title from outside, which the spec keeps out of scope there',
  'sparql11/aggregates#agg-groupconcat-04': 'GROUP_CONCAT of "1"@en and "2"@en keeps the tag ("1 2"@en, as SPARQL 1.2 drafts do); the test expects a simple literal',
  'sparql11/aggregates#agg-groupconcat-06': 'GROUP_CONCAT keeps a common language tag; the test expects a simple literal',
  'sparql11/functions#bnode01': 'BNODE("foo") gives the same blank node in every solution; the spec makes it one blank node per solution',
  'sparql11/property-path#zero_or_more_set_start': 'a zero-length path (:p*) to a constant not in the graph matches nothing; the spec matches the constant itself',
  'sparql11/property-path#zero_or_more_set_end': 'a zero-length path (:p*) from a constant not in the graph matches nothing; the spec matches the constant itself',
  'sparql11/property-path#zero_or_one_set_start': 'a zero-length path (:p?) to a constant not in the graph matches nothing; the spec matches the constant itself',
  'sparql11/property-path#zero_or_one_set_end': 'a zero-length path (:p?) from a constant not in the graph matches nothing; the spec matches the constant itself',
};
