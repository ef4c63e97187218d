// Package pipeline turns inputs into the output tables, one stage per file:
//
//	read -> clean -> detect -> segment -> extract -> write
//
// Each stage is a plain synchronous function over a *Document. Concurrency
// lives only in pipeline.go: one reader goroutine, a bounded pool of workers
// running the per-document stages, and one writer that puts documents back in
// input order, so the tables are the same whatever the number of workers.
//
// A document that cannot be processed becomes a row of the errors table
// (schemas.Error) with the stage and a message; the run goes on.
package pipeline
