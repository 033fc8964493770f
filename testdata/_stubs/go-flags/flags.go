// Package flags stands in for github.com/jessevdk/go-flags: a parser over a struct whose fields tagged
// `command:"name"` are commands; ParseArgs runs the Execute method of the one command named first, once.
package flags

import (
	"errors"
	"reflect"
)

// Commander is a command: the parser calls Execute with the remaining arguments.
type Commander interface {
	Execute(args []string) error
}

// Parser parses arguments into the struct it was made with.
type Parser struct{ data interface{} }

// NewParser makes a parser for data, a pointer to a struct.
func NewParser(data interface{}, options int) *Parser { return &Parser{data: data} }

// Default is the options value the real package offers.
const Default = 0

// ParseArgs runs the command args[0] names, once, with the rest of args.
func (p *Parser) ParseArgs(args []string) ([]string, error) {
	if len(args) == 0 {
		return nil, errors.New("no command")
	}
	v := reflect.ValueOf(p.data).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).Tag.Get("command") != args[0] {
			continue
		}
		if c, ok := v.Field(i).Addr().Interface().(Commander); ok {
			return nil, c.Execute(args[1:])
		}
	}
	return nil, errors.New("unknown command")
}
