// Package eval scores a run's tables against gold annotations written as
// ../shared/ANNOTATION.md describes: dates and durations by overlapping
// surface, organisations and people by canonical name or alias, claims by
// type and shared participant. It reads the tables from the output folder,
// so it measures what users get.
package eval
