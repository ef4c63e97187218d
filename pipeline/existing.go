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

// removeUncommitted deletes what a crashed run of the same shard left: its
// hidden temporary files, and parts of a set whose documents part was never
// committed. Other shards' files are left alone: they may be running.
func removeUncommitted(cfg Config) error {
	tag := "-" + shardTag(cfg) + "-"
	committed := map[string]bool{}
	docs, _ := os.ReadDir(filepath.Join(cfg.Out, "documents"))
	for _, e := range docs {
		if n := e.Name(); strings.HasPrefix(n, "part-") {
			committed[strings.TrimSuffix(n, filepath.Ext(n))] = true
		}
	}
	for _, t := range schemas.Tables {
		dir := filepath.Join(cfg.Out, t.Name)
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			n := e.Name()
			if !strings.Contains(n, tag) {
				continue
			}
			stale := strings.HasPrefix(n, ".part-") && strings.HasSuffix(n, ".tmp") ||
				strings.HasPrefix(n, "part-") && t.Name != "documents" && !committed[strings.TrimSuffix(n, filepath.Ext(n))]
			if stale {
				if err := os.Remove(filepath.Join(dir, n)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
