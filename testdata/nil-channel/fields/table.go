package fields

import (
	"fmt"
	"strings"
	"sync"
)

// sample is one measurement; each report prints one of its values.
type sample struct{ wall, cpu int }

// report is one output of a table of them, each fed by its own channel.
type report struct {
	title string
	value func(sample) string
	rows  chan []sample
}

// newReports makes the table in a slice literal whose elements leave out their type: each one's channel is made
// there.
func newReports() []report {
	return []report{
		{
			"wall",
			func(s sample) string { return fmt.Sprint(s.wall) },
			make(chan []sample),
		}, {
			"cpu",
			func(s sample) string { return fmt.Sprint(s.cpu) },
			make(chan []sample),
		},
	}
}

var printed sync.WaitGroup

// print writes every batch its report is sent, until the channel is closed.
func print(out *strings.Builder, mu *sync.Mutex, r report) {
	for batch := range r.rows {
		for _, s := range batch {
			mu.Lock()
			out.WriteString(r.title + " " + r.value(s) + "\n")
			mu.Unlock()
		}
	}
	printed.Done()
}

// feed sends every batch to every report, whose channels the literal made: quiet.
func feed(reports []report, batches [][]sample) {
	for _, b := range batches {
		for _, r := range reports {
			r.rows <- b
		}
	}
}

// Report prints the batches, one line per sample and report.
func Report(batches [][]sample) string {
	var out strings.Builder
	var mu sync.Mutex
	reports := newReports()
	printed.Add(len(reports))
	for _, r := range reports {
		go print(&out, &mu, r)
	}
	feed(reports, batches)
	for _, r := range reports {
		close(r.rows)
	}
	printed.Wait()
	return out.String()
}

// gauge is the same table, but its literal leaves the channel out.
type gauge struct {
	title string
	value func(sample) string
	lines chan []sample
}

var gauges = []gauge{
	{
		title: "wall",
		value: func(s sample) string { return fmt.Sprint(s.wall) },
	},
}

var shown sync.WaitGroup

// show would print every batch its gauge is sent, but ranges over a channel nothing made.
func show(out *strings.Builder, g gauge) {
	for batch := range g.lines { // want "^`for range g.lines` blocks forever: field gauge.lines is never given a channel anywhere in the package, so it is nil$"
		for _, s := range batch {
			out.WriteString(g.title + " " + g.value(s) + "\n")
		}
	}
	shown.Done()
}

// feedGauges sends on a channel nothing made.
func feedGauges(batches [][]sample) {
	for _, b := range batches {
		for _, g := range gauges {
			g.lines <- b // want "^send on g.lines blocks forever: field gauge.lines is never given a channel anywhere in the package, so it is nil$"
		}
	}
}

// Gauge starts a printer per gauge and feeds them: the feed and the printers block for good.
func Gauge(batches [][]sample) {
	var out strings.Builder
	shown.Add(len(gauges))
	for _, g := range gauges {
		go show(&out, g)
	}
	feedGauges(batches)
	shown.Wait()
}
