// Package orgs finds organisations: names from an embedded gazetteer
// (gazetteer.tsv), courts written as patterns ("tribunal de commerce de
// Paris", "Mannheim Regional Court"), companies with a legal-form suffix
// ("AT&T Mobility LLC"), acronyms defined in the text, names introduced by a
// cue ("la start-up X", "X, une start-up", "rapporte X"), and definite
// descriptions that refer back to one ("l'opérateur américain", "the
// company"). Every mention's Normalized is the canonical name.
//
// It runs in two passes around the people extractor: Known (gazetteer and
// patterns, high precision) first, so that people are not found inside
// organisation names; Discover (cues, acronyms, references) after it, so
// that "selon Alexandre Archambault" is not taken for a newspaper.
//
// To add an organisation: a line in gazetteer.tsv and a case in
// orgs_test.go. To add a cue word: a line in cues.tsv and a case.
package orgs
