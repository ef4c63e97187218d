package main

import (
	"fmt"
	"html"
	"io"
	"os"
	"path"
	"sort"
	"strings"
	"text/tabwriter"

	"golang.org/x/term"

	"github.com/newsextract/newsextract/eval"
	"github.com/newsextract/newsextract/schemas"
)

func cmdShow(args []string, io IO) error {
	fs := newFlagSet("show", "show OUTDIR --doc ID|SOURCE [--format text|html]", io)
	docArg := fs.String("doc", "", "document id or source (file name, URL or JSONL id); default: the first document")
	format := fs.String("format", "text", "text (colour on a terminal, brackets otherwise) or html (a standalone page)")
	color := fs.String("color", "auto", "auto | always | never")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("want exactly one OUTDIR")
	}
	run, err := eval.ReadRun(fs.Arg(0))
	if err != nil {
		return err
	}
	doc, ok := findDoc(run.Documents, *docArg)
	if !ok {
		return usagef("no document %q in %s", *docArg, fs.Arg(0))
	}
	var ents []schemas.Entity
	for _, e := range run.Entities {
		if e.DocID == doc.DocID {
			ents = append(ents, e)
		}
	}
	var claims []schemas.Claim
	for _, c := range run.Claims {
		if c.DocID == doc.DocID {
			claims = append(claims, c)
		}
	}
	switch *format {
	case "html":
		writeHTML(io.Stdout, doc, ents, claims)
		return nil
	case "text":
	default:
		return usagef("--format must be text or html")
	}
	useColor := *color == "always"
	if *color == "auto" {
		if f, ok := io.Stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			useColor = true
		}
	}
	writeText(io.Stdout, doc, ents, claims, useColor)
	return nil
}

func findDoc(docs []schemas.Document, want string) (schemas.Document, bool) {
	for _, d := range docs {
		if want == "" || d.DocID == want || d.Source == want || path.Base(d.Source) == want {
			return d, true
		}
	}
	return schemas.Document{}, false
}

// mark is one span to highlight.
type mark struct {
	start, end int32
	label      string
	kind       string // DATE DURATION ORG PERSON TRIGGER
}

func marks(ents []schemas.Entity, claims []schemas.Claim) []mark {
	var ms []mark
	for _, e := range ents {
		label := e.Type
		if e.Normalized != "" && e.Normalized != e.Text {
			label += ":" + e.Normalized
		}
		ms = append(ms, mark{e.Start, e.End, label, e.Type})
	}
	for _, c := range claims {
		ms = append(ms, mark{c.TriggerStart, c.TriggerEnd, c.Type, "TRIGGER"})
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].start != ms[j].start {
			return ms[i].start < ms[j].start
		}
		return ms[i].end > ms[j].end
	})
	// keep the outermost of overlapping marks
	var out []mark
	var end int32 = -1
	for _, m := range ms {
		if m.start >= end {
			out = append(out, m)
			end = m.end
		}
	}
	return out
}

var ansi = map[string]string{"DATE": "\x1b[36m", "DURATION": "\x1b[34m", "ORG": "\x1b[32m", "PERSON": "\x1b[35m", "TRIGGER": "\x1b[1;31m"}

func writeText(w io.Writer, d schemas.Document, ents []schemas.Entity, claims []schemas.Claim, color bool) {
	fmt.Fprintf(w, "%s  %s  lang=%s (%.2f)  published=%s (%s)\n\n", d.DocID, d.Source, d.Lang, d.LangConfidence, deref(d.Published), d.PublishedSource)
	r := []rune(d.Text)
	var b strings.Builder
	pos := int32(0)
	for _, m := range marks(ents, claims) {
		b.WriteString(string(r[pos:m.start]))
		if color {
			fmt.Fprintf(&b, "%s%s\x1b[0m\x1b[2m[%s]\x1b[0m", ansi[m.kind], string(r[m.start:m.end]), m.label)
		} else if m.kind == "TRIGGER" {
			fmt.Fprintf(&b, "<<%s>>{%s}", string(r[m.start:m.end]), m.label)
		} else {
			fmt.Fprintf(&b, "[%s]{%s}", string(r[m.start:m.end]), m.label)
		}
		pos = m.end
	}
	b.WriteString(string(r[pos:]))
	fmt.Fprintln(w, b.String())
	fmt.Fprintln(w)
	if len(claims) == 0 {
		fmt.Fprintln(w, "no claims")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 2, 2, ' ', 0)
	fmt.Fprintln(tw, "type\ttrigger\tagent\ttarget\tdate\tcourt\tmodality\tsource")
	for _, c := range claims {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.Type, c.Trigger, deref(c.Agent), deref(c.Target), deref(c.Date), deref(c.Court), c.Modality, deref(c.AttributedTo))
	}
	tw.Flush()
}

func deref(p *string) string {
	if p == nil {
		return "-"
	}
	return *p
}

func writeHTML(w io.Writer, d schemas.Document, ents []schemas.Entity, claims []schemas.Claim) {
	e := html.EscapeString
	fmt.Fprintf(w, `<!doctype html>
<html lang="%s"><head><meta charset="utf-8"><title>%s</title>
<style>
body{font:16px/1.6 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}
.text{white-space:pre-wrap}
mark{border-radius:3px;padding:0 2px} mark sub{font-size:.65em;color:#555}
.DATE{background:#d8f3f7}.DURATION{background:#dbe4ff}.ORG{background:#d3f9d8}.PERSON{background:#f3d9fa}.TRIGGER{background:#ffe3e3;font-weight:bold}
table{border-collapse:collapse;margin-top:2em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
</style></head><body>
<h1>%s</h1><p>%s · lang %s (%.2f) · published %s (%s)</p>
<div class="text">`, e(d.Lang), e(d.Source), e(d.Source), e(d.DocID), e(d.Lang), d.LangConfidence, e(deref(d.Published)), e(d.PublishedSource))
	r := []rune(d.Text)
	pos := int32(0)
	for _, m := range marks(ents, claims) {
		fmt.Fprint(w, e(string(r[pos:m.start])))
		fmt.Fprintf(w, `<mark class="%s" title="%s">%s<sub>%s</sub></mark>`, m.kind, e(m.label), e(string(r[m.start:m.end])), e(m.label))
		pos = m.end
	}
	fmt.Fprint(w, e(string(r[pos:])))
	fmt.Fprint(w, "</div>\n<table><tr><th>type</th><th>trigger</th><th>agent</th><th>target</th><th>date</th><th>court</th><th>modality</th><th>source</th></tr>\n")
	for _, c := range claims {
		fmt.Fprintf(w, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
			e(c.Type), e(c.Trigger), e(deref(c.Agent)), e(deref(c.Target)), e(deref(c.Date)), e(deref(c.Court)), e(c.Modality), e(deref(c.AttributedTo)))
	}
	fmt.Fprint(w, "</table></body></html>\n")
}
