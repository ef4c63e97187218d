// Package extract holds the types shared by every extractor and the
// extractors themselves, one sub-package per concern: segment (sentences and
// tokens), dates, orgs, people and claims.
//
// An extractor reads a *Doc (cleaned text, language, sentences with tokens,
// document time and the entities found so far) and appends what it finds.
// Offsets inside this package are byte offsets into Doc.Text; the pipeline
// converts them to code points when it writes the tables.
//
// How to add a rule: most rules are data. Add a line to the rule family's
// file under the extractor's folder (for example dates/lexicon_fr.tsv or
// claims/triggers_fr.tsv) and a case to that family's table test. A new
// extractor is a new sub-package with a func(*extract.Doc) and its tests,
// wired into pipeline/extract.go.
package extract
