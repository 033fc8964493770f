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

// Parser parses arguments into the struct it was made with, and runs the commands added to it.
type Parser struct {
	data  interface{}
	added map[string]Commander
}

// Command is a command added to a parser.
type Command struct{ Name string }

// NewParser makes a parser for data, a pointer to a struct.
func NewParser(data interface{}, options int) *Parser { return &Parser{data: data} }

// NewNamedParser makes a parser with no struct of commands: commands are added with AddCommand.
func NewNamedParser(appname string, options int) *Parser { return &Parser{data: &struct{}{}} }

// AddCommand adds a command; data must be a Commander.
func (p *Parser) AddCommand(command, shortDescription, longDescription string, data interface{}) (*Command, error) {
	c, ok := data.(Commander)
	if !ok {
		return nil, errors.New("not a command")
	}
	if p.added == nil {
		p.added = map[string]Commander{}
	}
	p.added[command] = c
	return &Command{Name: command}, nil
}

// Default is the options value the real package offers.
const Default = 0

// ParseArgs runs the command args[0] names, once, with the rest of args.
func (p *Parser) ParseArgs(args []string) ([]string, error) {
	if len(args) == 0 {
		return nil, errors.New("no command")
	}
	if c, ok := p.added[args[0]]; ok {
		return nil, c.Execute(args[1:])
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
