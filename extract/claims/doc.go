// Package claims finds legal events (ACCUSATION, LAWSUIT, CHARGE,
// INVESTIGATION, ARREST, TRIAL, RULING, SEIZURE, SANCTION, SETTLEMENT,
// APPEAL, AGREEMENT, LAW) and their roles.
//
// A trigger from triggers.tsv (per language and type, with a frame saying
// how roles are read) is found in a sentence; the organisations and people
// around it become the agent and the target: subject and object of a verb
// (flipped in the passive), "de X"/"contre X" around a noun, "avec X" for an
// agreement. When the sentence refers back ("L'entreprise a décidé de
// porter plainte", "Une plainte", "la CNIL lui reproche"), the roles come
// from the previous claims and organisations of the document. The date is
// the nearest DATE of the sentence, the court the court or authority where
// the event happens, the modality and source come from cue words (cues.tsv).
//
// To add a trigger: a line in triggers.tsv and a case in claims_test.go.
package claims
