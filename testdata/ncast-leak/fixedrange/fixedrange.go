// Package fixedrange: goroutines started once per element of a local set once to a slice literal and never
// assigned again: as many run as the literal has elements, and the message says how many.
package fixedrange

import "time"

// lookup stands for a query that takes a while.
var lookup = func(s string) string { time.Sleep(time.Millisecond); return s }

// FirstOf takes the first answer of two: the other sender is stranded.
func FirstOf() string {
	targets := []string{"primary", "secondary"}
	out := make(chan string)
	for _, t := range targets {
		go func(t string) {
			out <- lookup(t) // want `goroutines may block forever sending on unbuffered channel out: 2 of them send but FirstOf receives at most once`
		}(t)
	}
	return <-out
}

// FirstOfMore is the same over a list that grows before the loop: how many send cannot be told.
func FirstOfMore(extra string) string {
	targets := []string{"primary", "secondary"}
	targets = append(targets, extra)
	out := make(chan string)
	for _, t := range targets {
		go func(t string) {
			out <- lookup(t) // want `goroutines may block forever sending on unbuffered channel out: any number of them send but FirstOfMore receives at most once`
		}(t)
	}
	return <-out
}

// BothOf ranges over a string literal: one goroutine per rune of "bc", two, and it takes both answers.
func BothOf() []string {
	out := make(chan string)
	for _, r := range "bc" {
		go func(s string) {
			out <- lookup(s)
		}(string(r))
	}
	return []string{<-out, <-out}
}

// FirstOfRunes takes one answer of the three goroutines started per rune of "héé" (three runes in five bytes).
func FirstOfRunes() string {
	out := make(chan string)
	for _, r := range "héé" {
		go func(s string) {
			out <- lookup(s) // want `goroutines may block forever sending on unbuffered channel out: 3 of them send but FirstOfRunes receives at most once`
		}(string(r))
	}
	return <-out
}
