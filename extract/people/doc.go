// Package people finds people: a first name from firstnames.txt followed by
// a capitalised surname ("Stéphane Richard", "Louis-Pierre Wenès"), or two
// capitalised words after a title or role ("Commissioner Rohit Chopra", "le
// PDG Stéphane Richard") or before a speech verb ("Rohit Chopra said").
// Later mentions of the surname alone ("Snowden") take the full name.
//
// To add a first name or a title: a word in firstnames.txt or a line in
// titles.tsv, and a case in people_test.go.
package people
