// Package segment splits cleaned text into sentences and tokens with
// byte offsets.
//
// Sentences follow the text's own structure first (every line is a
// paragraph, a heading or a bullet, and never shares a sentence with the
// next line), then split a paragraph after . ! ? … when the next word opens
// a sentence. Abbreviations per language (abbreviations.tsv), initials
// ("A.X.", "J."), "[…]" and closing quotes and guillemets never start a
// sentence. Tokens come from prose's tokenizer, aligned back to offsets,
// with French and Italian elisions (l', d', qu') split off.
//
// To add an abbreviation: a line in abbreviations.tsv and a case in
// segment_test.go.
package segment
