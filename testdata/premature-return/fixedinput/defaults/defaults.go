// Package defaults holds the settings fixedinput's tests start from.
package defaults

// Workers is the default number of workers.
const Workers = "4"
