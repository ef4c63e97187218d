package main

import (
	"fmt"
	"strings"

	"github.com/newsextract/newsextract/schemas"
)

func cmdSchema(args []string, io IO) error {
	fs := newFlagSet("schema", "schema", io)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	for _, t := range schemas.Tables {
		fmt.Fprintf(io.Stdout, "%s — %s\n", t.Name, t.Doc)
		for _, c := range schemas.Columns(t.Row) {
			null := ""
			if c.Nullable {
				null = ", null"
			}
			typ := c.Type.String()
			switch typ {
			case "utf8":
				typ = "string"
			case "date32[day]", "date32":
				typ = "date32"
			}
			fmt.Fprintf(io.Stdout, "  %-18s %-16s %s\n", c.Name, typ+null, c.Doc)
		}
		fmt.Fprintln(io.Stdout, strings.Repeat("", 0))
	}
	return nil
}
