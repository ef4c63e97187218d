package pipeline

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/newsextract/newsextract/schemas"
)

// existingDocIDs reads the doc_id column of every documents part already
// in out, so an incremental run skips what is there.
func existingDocIDs(out string) (map[string]bool, error) {
	ids := map[string]bool{}
	dir := filepath.Join(out, "documents")
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return ids, nil
	}
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		col, err := schemas.ReadColumn(filepath.Join(dir, e.Name()), "doc_id")
		if err != nil {
			return nil, err
		}
		for _, id := range col {
			ids[id] = true
		}
	}
	return ids, nil
}
