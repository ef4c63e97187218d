package eval

import (
	"fmt"
	"io"
	"sort"
)

// Print writes the report as a table for people.
func (r *Report) Print(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "%-10s %5s %5s %5s %7s %7s %7s  %s\n", "category", "tp", "fp", "fn", "prec", "recall", "f1", "accuracies")
	for _, x := range []struct {
		name string
		c    Counts
	}{{"dates", r.Dates}, {"durations", r.Durations}, {"orgs", r.Orgs}, {"people", r.People}, {"claims", r.Claims}} {
		accs := ""
		keys := make([]string, 0, len(x.c.Accuracies))
		for k := range x.c.Accuracies {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			a := x.c.Accuracies[k]
			accs += fmt.Sprintf("%s %.3f (%d/%d)  ", k, a.Value, a.Right, a.Total)
		}
		fmt.Fprintf(w, "%-10s %5d %5d %5d %7.3f %7.3f %7.3f  %s\n", x.name, x.c.TP, x.c.FP, x.c.FN, x.c.Precision, x.c.Recall, x.c.F1, accs)
	}
	fmt.Fprintf(w, "language accuracy %.3f, published accuracy %.3f, %d documents\n", r.LangAccuracy, r.PublishedAccuracy, r.Documents)
	for _, m := range r.Missing {
		fmt.Fprintf(w, "missing from the run: %s\n", m)
	}
	if !verbose {
		return
	}
	last := ""
	for _, n := range r.Notes {
		if n.Doc != last {
			fmt.Fprintf(w, "\n%s\n", n.Doc)
			last = n.Doc
		}
		fmt.Fprintf(w, "  %-9s %-12s %s\n", n.Category, n.Kind, n.Detail)
	}
}

// Metrics flattens the report into named values (f1 and accuracies) for floors.
func (r *Report) Metrics() map[string]float64 {
	m := map[string]float64{"lang_accuracy": r.LangAccuracy, "published_accuracy": r.PublishedAccuracy}
	for _, x := range []struct {
		name string
		c    Counts
	}{{"dates", r.Dates}, {"durations", r.Durations}, {"orgs", r.Orgs}, {"people", r.People}, {"claims", r.Claims}} {
		m[x.name+".f1"] = x.c.F1
		for k, a := range x.c.Accuracies {
			m[x.name+"."+k] = a.Value
		}
	}
	return m
}
